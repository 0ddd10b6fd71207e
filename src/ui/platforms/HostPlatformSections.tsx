import { EXPLAIN, type Host, hypervisorById } from '../../engine/read';
import { Button } from '../components/Button';
import { Explain } from '../components/Section';
import { useSandbox } from '../storeContext';
import { AppsSection } from './AppsSection';
import { ContainersSection } from './ContainersSection';
import { CrashSection } from './CrashSection';
import { PlatformChooser } from './PlatformChooser';

function restartLabel(host: Host): string {
  const p = host.platform;
  if (p.kind === 'hypervisor' && p.crashed === 'hypervisor') return 'Restart the hypervisor';
  if (p.kind === 'hypervisor') return 'Restart the host OS';
  return p.kind === 'container-host' ? 'Restart the shared kernel' : 'Restart the OS';
}

/**
 * What the host's current platform is, in the words of docs/domain.md
 * ("The virtualisation stack", "Hypervisors: type 1 and type 2", "Containers").
 */
function explainOf(host: Host): string {
  const p = host.platform;
  if (p.kind === 'bare-metal') return EXPLAIN.bareMetal;
  if (p.kind === 'container-host') return EXPLAIN.containerHost;
  return hypervisorById(p.product)?.type === 2 ? EXPLAIN.hypervisor2 : EXPLAIN.hypervisor1;
}

/** The host inspector's platform part: the chooser, what the platform runs, crash buttons. */
export default function HostPlatformSections({ host }: { host: Host }) {
  const show = useSandbox((s) => s.show);
  const p = host.platform;
  const type2 = p.kind === 'hypervisor' && hypervisorById(p.product)?.type === 2;
  return (
    <>
      <PlatformChooser host={host} />
      <Explain>{explainOf(host)}</Explain>
      {p.kind === 'bare-metal' && <AppsSection hostId={host.id} platform={p} />}
      {p.kind === 'container-host' && (
        <ContainersSection owner={host.id} ownerName={host.name} runtime={p.runtime} />
      )}
      {type2 && (
        <p className="mb-3 text-sm text-slate-900">
          Its overheads (host OS cores and memory, VM CPU and I/O) are in the Assumptions tab.
        </p>
      )}
      <CrashSection
        id={host.id}
        recover={p.crashed !== null ? { on: host.id, label: restartLabel(host) } : null}
      />
      <div className="mb-3">
        <Button tone="link" onClick={() => show({ sidePanel: 'xray' })}>
          Open the layer X-ray of {host.name}
        </Button>
      </div>
    </>
  );
}
