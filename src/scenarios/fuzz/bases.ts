import { type Command, type State, apply } from '../../engine';
import { defaultScenario } from '../builtin/default';
import { scenarioFromState } from '../format';
import { generateState } from '../generate';

/** A valid scenario document the mutations start from, as the plain data a file holds. */
export interface Base {
  readonly name: string;
  readonly data: Record<string, unknown>;
}

function run(state: State, command: Command): State {
  const result = apply(state, command);
  if (!result.ok) throw new Error(`A fuzz base cannot be built: ${result.reason}`);
  return result.state;
}

/** The default scenario with a live migration in flight, so migration records exist to attack. */
function migratingState(): State {
  const state = defaultScenario().state;
  const hosts = Object.values(state.world.hosts);
  const source = hosts.find((h) => h.platform.kind === 'hypervisor' && h.name === 'esx-01');
  const target = hosts.find((h) => h.name === 'esx-02');
  if (source?.platform.kind !== 'hypervisor' || !target)
    throw new Error('default scenario changed');
  const vm = Object.values(source.platform.vms).find((v) => v.name === 'web-1');
  if (!vm) throw new Error('default scenario changed');
  return run(state, { type: 'startMigration', vmId: vm.id, toHostId: target.id });
}

const asData = (name: string, state: State): Base => ({
  name,
  data: JSON.parse(JSON.stringify(scenarioFromState(state, name))) as Record<string, unknown>,
});

/** Built once: the default scenario, the same mid-migration, and small generated datacenters. */
export const BASES: readonly Base[] = [
  {
    name: 'default',
    data: JSON.parse(JSON.stringify(defaultScenario())) as Record<string, unknown>,
  },
  asData('default, migrating', migratingState()),
  asData('generated 1 host', generateState({ hosts: 1, vms: 2, seed: 1 })),
  asData('generated 3 hosts', generateState({ hosts: 3, vms: 8, seed: 2 })),
  asData('generated 6 hosts', generateState({ hosts: 6, vms: 20, seed: 3, poweredOnShare: 1 })),
];
