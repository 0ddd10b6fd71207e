import { type Command, EXPLAIN, type Vm, type VnicId, arpCache } from '../../engine';
import { selectState } from '../../store/selectors';
import { Button } from '../components/Button';
import { TextField } from '../components/Field';
import { Section } from '../components/Section';
import { useDerived, useStoreApi } from '../storeContext';
import { ARP_CACHE, LearnedTable } from './LearnedTable';

/** A VM's addresses (editable, with the engine's reasons) and its live ARP cache. */
export default function VmNetwork({ vm }: { vm: Vm }) {
  const store = useStoreApi();
  const arp = useDerived(selectState, arpCache, vm.id);
  const address = (vnicId: VnicId, ip: string | null, gateway: string | null): Command => ({
    type: 'setVnicAddress',
    vmId: vm.id,
    vnicId,
    ip,
    gateway,
  });
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
            <TextField
              label={`vNIC ${i + 1} IP/prefix`}
              value={nic.ip ?? ''}
              command={(ip) => address(nic.id, ip || null, ip ? nic.gateway : null)}
            />
            <TextField
              label={`vNIC ${i + 1} gateway`}
              value={nic.gateway ?? ''}
              command={(gateway) => address(nic.id, nic.ip, gateway || null)}
            />
          </div>
        ))}
      </Section>
      <Section title="ARP cache">
        <p className="mb-1 text-sm text-slate-700">{EXPLAIN.arp}</p>
        <LearnedTable learned={ARP_CACHE} rows={arp} name={vm.name} />
      </Section>
    </>
  );
}
