import { ESLint, type Linter } from 'eslint';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The engine's layers are enforced by `npm run lint`: these lint small files placed as if they
 * sat in src/engine, with the project's own config, and look for the rule that must fire.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let eslint: ESLint;

beforeAll(() => {
  // The probe files exist only as text: the type-aware parser takes them as a default project.
  eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: {
        parserOptions: { projectService: { allowDefaultProject: ['src/engine/*/probe.ts'] } },
      },
    },
  });
});

async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result?.messages ?? [];
}

const LAYER_RULES = new Set(['import-x/no-restricted-paths', 'import-x/no-cycle']);
const layerMessages = (messages: Linter.LintMessage[]) =>
  messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId));

describe('engine layers in the lint', () => {
  it('refuse an upward import (model importing commands), naming what model may import', async () => {
    const messages = await lint(
      'src/engine/model/probe.ts',
      "import { apply } from '../commands';\n\nexport const probe = apply;\n",
    );
    expect(messages.map((m) => m.ruleId)).toContain('import-x/no-restricted-paths');
    const message = messages.find((m) => m.ruleId === 'import-x/no-restricted-paths')!.message;
    expect(message).toContain('src/engine/model may import only base');
    // Every folder the message names as a layer exists: it speaks of the engine as it is.
    const named = message.slice(message.indexOf('engine layers:')).match(/\b[a-z]+\b/g) ?? [];
    const folders = named.filter((w) => !['engine', 'layers', 'imports', 'only'].includes(w));
    expect(folders.length).toBeGreaterThan(8);
    for (const folder of folders)
      expect(existsSync(path.join(root, 'src/engine', folder))).toBe(true);
  });

  it('refuse a type import from above too', async () => {
    const messages = await lint(
      'src/engine/catalog/probe.ts',
      "import type { Session } from '../sim/session';\n\nexport type Probe = Session;\n",
    );
    expect(layerMessages(messages).map((m) => m.ruleId)).toEqual(['import-x/no-restricted-paths']);
  });

  it('refuse an import of the test support from engine code', async () => {
    const messages = await lint(
      'src/engine/commands/probe.ts',
      "import { sandbox } from '../testing/driver';\n\nexport const probe = sandbox;\n",
    );
    expect(layerMessages(messages).map((m) => m.ruleId)).toEqual(['import-x/no-restricted-paths']);
  });

  it('refuse a cycle inside one folder (usage.ts importing fit.ts, which imports usage.ts)', async () => {
    const messages = await lint(
      'src/engine/capacity/usage.ts',
      "import { whyNotFits } from './fit';\n\nexport const probe = whyNotFits;\n",
    );
    expect(layerMessages(messages).map((m) => m.ruleId)).toEqual(['import-x/no-cycle']);
  });

  it('refuse a cycle across folders as well as the upward import that makes it', async () => {
    const messages = await lint(
      'src/engine/base/log.ts',
      "import { tick } from '../sim/tick';\n\nexport const probe = tick;\n",
    );
    expect(
      layerMessages(messages)
        .map((m) => m.ruleId)
        .sort(),
    ).toEqual(['import-x/no-cycle', 'import-x/no-restricted-paths']);
  });

  it('let a folder import those below it, and a sibling in the one allowed direction', async () => {
    const down = await lint(
      'src/engine/commands/probe.ts',
      "import { gb } from '../base/text';\nimport { hostUsage } from '../capacity/usage';\n\nexport const probe = [gb, hostUsage];\n",
    );
    expect(layerMessages(down)).toEqual([]);
    const sibling = await lint(
      'src/engine/orchestrator/probe.ts',
      "import { crashedHost } from '../platforms/crash';\n\nexport const probe = crashedHost;\n",
    );
    expect(layerMessages(sibling)).toEqual([]);
    const back = await lint(
      'src/engine/platforms/probe.ts',
      "import { isDown } from '../orchestrator/hostTable';\n\nexport const probe = isDown;\n",
    );
    expect(layerMessages(back).map((m) => m.ruleId)).toEqual(['import-x/no-restricted-paths']);
  });
});
