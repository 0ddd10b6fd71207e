import { EXPLAIN, type RouterId } from '../../engine/read';
import { Explain, Section } from '../components/Section';
import { useRuntime, useSandbox } from '../storeContext';
import { ArpTable } from './ArpTable';

/** A router: where its cable goes, its interfaces (one gateway per VLAN) and its ARP cache. */
export default function RouterInspector({ id }: { id: string }) {
  const rt = useRuntime();
  const state = useSandbox((s) => s.session.state);
  const router = state.world.routers[id as RouterId];
  if (!router) return null;
  const sw = router.link ? state.world.physicalSwitches[router.link.switchId] : undefined;
  return (
    <div>
      <h2 className="text-xl font-bold text-slate-900">Router {router.name}</h2>
      <p className="mb-1 text-sm text-slate-800">
        {sw && router.link
          ? `cabled to ${sw.name} port ${router.link.port}`
          : 'not cabled to a switch'}
      </p>
      <Explain>{EXPLAIN.router}</Explain>
      <Section title="Interfaces">
        <table className="w-full border-collapse text-sm text-slate-900">
          <thead>
            <tr className="border-b-2 border-slate-400 text-left">
              <th scope="col">VLAN</th>
              <th scope="col">Address</th>
              <th scope="col">MAC</th>
            </tr>
          </thead>
          <tbody>
            {router.interfaces.map((i) => (
              <tr key={i.id} className="border-b border-slate-200">
                <td>{i.vlan}</td>
                <td>{i.ip}</td>
                <td className="font-mono">{i.mac}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="ARP cache">
        {rt ? (
          <ArpTable rows={rt.arpCache(state, router.id)} name={router.name} />
        ) : (
          <p className="text-sm text-slate-800">Loading…</p>
        )}
      </Section>
    </div>
  );
}
