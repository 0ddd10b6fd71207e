import type { MacTableRow } from '../../engine/read';
import { useSandbox } from '../storeContext';

/** A switch's learned MAC addresses, live: which port leads to each, and how old the entry is. */
export function MacTable({ rows, name }: { rows: readonly MacTableRow[]; name: string }) {
  const ageing = useSandbox((s) => s.session.state.world.assumptions.macAgeingSeconds);
  if (rows.length === 0)
    return (
      <p className="text-sm text-slate-800">
        Empty. A switch learns a MAC address when a frame from it arrives on a port, so the table
        fills as frames flow: ping from the Trace panel. Entries age out after {ageing} s without a
        frame.
      </p>
    );
  return (
    <table className="w-full border-collapse text-sm text-slate-900">
      <caption className="sr-only">MAC table of {name}</caption>
      <thead>
        <tr className="border-b-2 border-slate-400 text-left">
          <th scope="col" className="pr-1">
            VLAN
          </th>
          <th scope="col" className="pr-1">
            MAC (whose)
          </th>
          <th scope="col" className="pr-1">
            Port
          </th>
          <th scope="col" className="text-right">
            Age
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.vlan}-${r.mac}`} className="border-b border-slate-200 align-top">
            <td className="pr-1">{r.vlan}</td>
            <td className="pr-1">
              <span className="font-mono">{r.mac}</span>
              {r.owner && <span className="block text-slate-700">{r.owner}</span>}
            </td>
            <td className="pr-1">{r.port.name}</td>
            <td className="text-right tabular-nums">{Math.floor(r.ageS)} s</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
