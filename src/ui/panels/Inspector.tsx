import { useShallow } from 'zustand/react/shallow';
import { selectSelected } from '../../store/selectors';
import { useSandbox } from '../storeContext';
import { ContainerInspector } from '../platforms/lazy';
import { PhysicalSwitchSection, RouterSection } from '../network/lazy';
import { HostInspector, SwitchInspector, VmInspector } from './lazy';

/** Edits whatever is selected on the canvas and explains what it is. */
export function Inspector() {
  const selected = useSandbox(useShallow(selectSelected));
  let body = (
    <p className="text-base text-slate-800">
      Select a host, VM or switch on the canvas to inspect and edit it. Drag a VM onto another host
      to move it.
    </p>
  );
  if (selected.kind === 'host') {
    const { host } = selected;
    body = <HostInspector key={host.id} host={host} />;
  } else if (selected.kind === 'vm') {
    const { vm, host } = selected;
    body = <VmInspector key={vm.id} vm={vm} host={host} />;
  } else if (selected.kind === 'container') {
    body = <ContainerInspector key={selected.id} id={selected.id} />;
  } else if (selected.kind === 'vswitch') {
    const { vswitch, host } = selected;
    body = <SwitchInspector key={vswitch.id} vswitch={vswitch} host={host} />;
  } else if (selected.kind === 'router') {
    body = <RouterSection key={selected.id} id={selected.id} />;
  } else if (selected.kind === 'pswitch') {
    const { sw } = selected;
    body = (
      <div>
        <h2 className="text-xl font-bold text-slate-900">Physical switch {sw.name}</h2>
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
