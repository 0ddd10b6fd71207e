import { EXPLAIN, type Vm, type VnicId, arpCache } from '../../engine';
import { selectState } from '../../store/selectors';
import { Field } from '../components/Field';
import { Button, Section } from '../components/Section';
import { useCommit } from '../panels/useCommit';
import { useDerived, useStoreApi } from '../storeContext';
import { ArpTable } from './ArpTable';

/** A VM's addresses (editable, with the engine's reasons) and its live ARP cache. */
export default function VmNetwork({ vm }: { vm: Vm }) {
  const store = useStoreApi();
  const arp = useDerived(selectState, arpCache, vm.id);
  const commit = useCommit();
  const address = (vnicId: VnicId, ip: string | null, gateway: string | null) =>
    commit({ type: 'setVnicAddress', vmId: vm.id, vnicId, ip, gateway });
  const blank = (v: string) => (v.trim() === '' ? null : v.trim());
  return (
    <>
      <Section title="Network">
        <div className="mb-2">
          <Button tone="primary" onClick={() => store.getState().traceFromVm(vm.id)}>
            Trace from here
          </Button>
        </div>
        {vm.nics.map((nic, i) => (
          <div key={nic.id} className="grid grid-cols-2 gap-x-2">
            <Field
              label={`vNIC ${i + 1} IP/prefix`}
              value={nic.ip ?? ''}
              onCommit={(v) => address(nic.id, blank(v), blank(v) ? nic.gateway : null)}
            />
            <Field
              label={`vNIC ${i + 1} gateway`}
              value={nic.gateway ?? ''}
              onCommit={(v) => address(nic.id, nic.ip, blank(v))}
            />
          </div>
        ))}
      </Section>
      <Section title="ARP cache">
        <p className="mb-1 text-sm text-slate-700">{EXPLAIN.arp}</p>
        <ArpTable rows={arp} name={vm.name} />
      </Section>
    </>
  );
}
