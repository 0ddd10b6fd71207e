/**
 * Prints a generated scenario file to stdout, or writes it to --out:
 *   npm run -s scenario -- --hosts 200 --vms 2000 --seed 1 > big.json
 *   npm run scenario -- --hosts 200 --vms 2000 --seed 1 --out big.json
 * (-s keeps npm's own "> virtlab scenario" banner out of stdout.)
 * Options: --hosts (default 20), --vms (default 200), --seed (default 1), --name, --out.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateState } from '../src/scenarios/generate';
import { scenarioFromState, serializeScenario } from '../src/scenarios/format';

function whole(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`--${name} must be a whole number of at least ${min}, not "${text}".`);
  }
  return n;
}

try {
  const { values } = parseArgs({
    options: {
      hosts: { type: 'string', default: '20' },
      vms: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      name: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const hosts = whole('hosts', values.hosts, 1);
  const vms = whole('vms', values.vms, 0);
  const seed = whole('seed', values.seed, 0);
  const name = values.name ?? `Generated: ${hosts} hosts, ${vms} VMs (seed ${seed})`;
  const state = generateState({ hosts, vms, seed });
  const text = serializeScenario(scenarioFromState(state, name));
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
