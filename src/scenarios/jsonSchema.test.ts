import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './jsonSchema';
import { CURRENT_VERSION } from './migrate';

const committed = new URL('../../docs/scenario.schema.json', import.meta.url);

describe('docs/scenario.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing it)', () => {
    const onDisk = JSON.parse(readFileSync(committed, 'utf8')) as unknown;
    expect(onDisk).toEqual(scenarioJsonSchema());
  });

  it('describes the top-level fields a teacher writes, with format and version fixed', () => {
    const schema = scenarioJsonSchema() as {
      required: string[];
      properties: Record<string, { const?: unknown }>;
    };
    expect(schema.required).toEqual(['format', 'version', 'name', 'state']);
    expect(schema.properties.format?.const).toBe('virtlab-scenario');
    expect(schema.properties.version?.const).toBe(CURRENT_VERSION);
  });
});
