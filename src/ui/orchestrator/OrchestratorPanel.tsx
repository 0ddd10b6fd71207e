import type { ReactNode } from 'react';
import { Disclosure } from '../components/Disclosure';
import { Explain } from '../components/Section';
import { useSandbox } from '../storeContext';
import { BalancingSection } from './BalancingSection';
import { ConsolidationSection } from './ConsolidationSection';
import { DeploySection } from './DeploySection';
import { HaSection } from './HaSection';
import { RulesSection } from './RulesSection';
import { SettingsSection } from './SettingsSection';

/** The panel's sections; `opens` says when one opens by itself (HA's, when a host fails). */
const SECTIONS: readonly {
  title: string;
  Body: () => ReactNode;
  opens?: (incidents: number) => boolean;
}[] = [
  { title: 'Deploy a VM', Body: DeploySection, opens: () => true },
  { title: 'High availability', Body: HaSection, opens: (incidents) => incidents > 0 },
  { title: 'Balancing', Body: BalancingSection },
  { title: 'Affinity rules', Body: RulesSection },
  { title: 'Consolidation', Body: ConsolidationSection },
];

/**
 * The infrastructure orchestrator's side panel (docs/domain.md, "The infrastructure orchestrator"):
 * switch it on or off,
 * deploy through it with the explanation of every host, and run HA, balancing, rules and
 * consolidation.
 */
export default function OrchestratorPanel() {
  const incidents = useSandbox((s) => s.session.state.world.orchestrator.incidents.length);
  return (
    <section aria-labelledby="orchestrator-title" className="p-3">
      <h2 id="orchestrator-title" className="text-xl font-bold text-slate-900">
        Orchestrator
      </h2>
      <Explain>
        The brain above the hypervisors: it decides where a VM goes, then asks that host&apos;s
        hypervisor (the muscle) through its management API to create, start or move it. It never
        runs a VM itself. Real pairs: vCenter → ESXi, OpenStack Nova → libvirt/KVM.
      </Explain>
      <SettingsSection />
      {SECTIONS.map(({ title, Body, opens }) => (
        <Disclosure key={title} title={title} open={opens?.(incidents) ?? false}>
          <Body />
        </Disclosure>
      ))}
    </section>
  );
}
