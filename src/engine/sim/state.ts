import type { PhysicalSwitchId } from '../base/ids';
import { seedRng } from '../base/prng';
import { DEFAULT_ASSUMPTIONS } from '../model/assumptions';
import { EMPTY_NET } from '../model/network';
import { EMPTY_ORCHESTRATOR } from '../model/orchestrator';
import type { State } from '../model/types';
import { DEFAULT_STUDY } from '../catalog/workloads';

/** An empty datacenter with one physical switch, ready for hosts. */
export function emptyState(seed = 1): State {
  const sw = 'psw-1' as PhysicalSwitchId;
  return {
    world: {
      hosts: {},
      physicalSwitches: { [sw]: { id: sw, name: 'tor-1', portCount: 48, downPorts: [] } },
      routers: {},
      assumptions: DEFAULT_ASSUMPTIONS,
      orchestrator: EMPTY_ORCHESTRATOR,
      study: DEFAULT_STUDY,
    },
    sim: { time: 0, rng: seedRng(seed), nextId: 2, log: [], seq: 0, net: EMPTY_NET },
  };
}
