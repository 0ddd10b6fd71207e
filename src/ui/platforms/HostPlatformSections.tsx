import { EXPLAIN, type Host, hypervisorById } from '../../engine/read';
import type { EngineRuntime } from '../../store/sessionSlice';
import { Explain } from '../components/Section';
import { useRuntime, useSandbox } from '../storeContext';
import { AppsSection } from './AppsSection';
import { ContainersSection } from './ContainersSection';
import { CrashSection } from './CrashSection';
import { PlatformChooser } from './PlatformChooser';
import { LOADING } from './loading';

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
  const rt = useRuntime();
  return rt ? <Sections host={host} rt={rt} /> : LOADING;
}

function Sections({ host, rt }: { host: Host; rt: EngineRuntime }) {
  const show = useSandbox((s) => s.show);
  const p = host.platform;
  const type2 = p.kind === 'hypervisor' && hypervisorById(p.product)?.type === 2;
  return (
    <>
      <PlatformChooser host={host} rt={rt} />
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
        rt={rt}
        id={host.id}
        crashed={p.crashed !== null}
        recoverLabel={restartLabel(host)}
      />
      <button
        type="button"
        onClick={() => show({ sidePanel: 'xray' })}
        className="mb-3 text-sm font-semibold text-blue-900 underline"
      >
        Open the layer X-ray of {host.name}
      </button>
    </>
  );
}
