import type { ArpRow } from '../../engine/read';
import { useSandbox } from '../storeContext';

/** A VM's (or router's) ARP cache, live: the MAC each neighbour's address resolved to. */
export function ArpTable({ rows, name }: { rows: readonly ArpRow[]; name: string }) {
  const ageing = useSandbox((s) => s.session.state.world.assumptions.arpAgeingSeconds);
  if (rows.length === 0)
    return (
      <p className="text-sm text-slate-800">
        Empty. {name} fills it when an ARP request it sent is answered, or when a neighbour asks for
        its address; entries age out after {ageing} s.
      </p>
    );
  return (
    <table className="w-full border-collapse text-sm text-slate-900">
      <caption className="sr-only">ARP cache of {name}</caption>
      <thead>
        <tr className="border-b-2 border-slate-400 text-left">
          <th scope="col" className="pr-1">
            IP
          </th>
          <th scope="col" className="pr-1">
            MAC (whose)
          </th>
          <th scope="col" className="text-right">
            Age
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.iface}-${r.ip}`} className="border-b border-slate-200 align-top">
            <td className="pr-1">{r.ip}</td>
            <td className="pr-1">
              <span className="font-mono">{r.mac}</span>
              {r.owner && <span className="block text-slate-700">{r.owner}</span>}
            </td>
            <td className="text-right tabular-nums">{Math.floor(r.ageS)} s</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
