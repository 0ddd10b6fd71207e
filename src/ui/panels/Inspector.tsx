import { EXPLAIN, type HostId, type VmId, findVm } from '../../engine/read';
import { Explain } from '../components/Section';
import { useSandbox } from '../storeContext';
import { ContainerInspector } from '../platforms/lazy';
import { PhysicalSwitchSection, RouterSection } from '../network/lazy';
import { HostInspector } from './HostInspector';
import { SwitchInspector } from './SwitchInspector';
import { VmInspector } from './VmInspector';

/** Edits whatever is selected on the canvas and explains what it is. */
export function Inspector() {
  const selection = useSandbox((s) => s.selection);
  const world = useSandbox((s) => s.session.state.world);
  let body = (
    <p className="text-base text-slate-800">
      Select a host, VM or switch on the canvas to inspect and edit it. Drag a VM onto another host
      to move it.
    </p>
  );
  if (selection?.kind === 'host') {
    const host = world.hosts[selection.id as HostId];
    if (host) body = <HostInspector key={host.id} host={host} />;
  } else if (selection?.kind === 'vm') {
    const found = findVm(world, selection.id as VmId);
    if (found) body = <VmInspector key={found.vm.id} vm={found.vm} host={found.host} />;
  } else if (selection?.kind === 'container') {
    body = <ContainerInspector key={selection.id} id={selection.id} />;
  } else if (selection?.kind === 'vswitch') {
    const host = world.hosts[selection.hostId as HostId];
    const vswitch =
      host?.platform.kind === 'hypervisor'
        ? host.platform.vswitches.find((s) => s.id === selection.id)
        : undefined;
    if (host && vswitch) body = <SwitchInspector key={vswitch.id} vswitch={vswitch} host={host} />;
  } else if (selection?.kind === 'router') {
    body = <RouterSection key={selection.id} id={selection.id} />;
  } else if (selection?.kind === 'pswitch') {
    const sw = world.physicalSwitches[selection.id as keyof typeof world.physicalSwitches];
    if (sw)
      body = (
        <div>
          <h2 className="text-xl font-bold text-slate-900">Physical switch {sw.name}</h2>
          <Explain>{EXPLAIN.physicalSwitch}</Explain>
          <p className="text-sm text-slate-900">{sw.portCount} ports.</p>
          <PhysicalSwitchSection sw={sw} />
        </div>
      );
  }
  return (
    <section aria-label="Inspector" className="p-3">
      {body}
    </section>
  );
}
