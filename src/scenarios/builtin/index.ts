import type { Scenario } from '../schema';
import { defaultScenario } from './default';

/** A scenario shipped with VirtLab, listed in the "open" menu. */
export interface BuiltinScenario {
  readonly id: string;
  readonly title: string;
  /** One line shown under the title. */
  readonly description: string;
  readonly build: () => Scenario;
}

export const BUILTIN_SCENARIOS: readonly BuiltinScenario[] = [
  {
    id: 'default',
    title: 'Small datacenter',
    description:
      'ESXi, KVM and Hyper-V servers and a VirtualBox lab PC with ten VMs on three VLANs; esx-02 is nearly full.',
    build: defaultScenario,
  },
];
