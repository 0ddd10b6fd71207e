import type { AppFamily, WorkloadApp } from '../../engine/read';
import { Button } from '../components/Section';
import { num, useCommit } from '../panels/useCommit';
import { CellInput } from './CellInput';

/** A name not yet in the workload, for a new row. */
function freshName(workload: readonly WorkloadApp[]): string {
  const names = new Set(workload.map((a) => a.name));
  let n = workload.length + 1;
  while (names.has(`app ${n}`)) n += 1;
  return `app ${n}`;
}

/** The workload every way deploys: apps with what each needs, editable row by row. */
export function WorkloadTable({ workload }: { workload: readonly WorkloadApp[] }) {
  const commit = useCommit();
  const save = (next: readonly WorkloadApp[]) => commit({ type: 'setWorkload', workload: next });
  const edit = (i: number, patch: Partial<WorkloadApp>) =>
    save(workload.map((a, k) => (k === i ? { ...a, ...patch } : a)));
  const instances = workload.reduce((t, a) => t + a.instances, 0);
  const cpu = workload.reduce((t, a) => t + a.cpu * a.instances, 0);
  const memory = workload.reduce((t, a) => t + a.memoryGb * a.instances, 0);
  return (
    <div>
      <p className="mb-2 text-base text-slate-900">
        {workload.length} apps, {instances} running copies: {Number(cpu.toFixed(2))} cores and{' '}
        {Number(memory.toFixed(2))} GB for the apps themselves, before any OS or hypervisor.
      </p>
      <table className="w-full border-collapse text-base text-slate-900">
        <caption className="sr-only">Workload: apps and what each copy needs</caption>
        <thead>
          <tr className="border-b-2 border-slate-700 text-left text-sm">
            <th scope="col" className="py-1 pr-2">
              App
            </th>
            <th scope="col" className="w-28 pr-2">
              CPU (cores)
            </th>
            <th scope="col" className="w-28 pr-2">
              Memory (GB)
            </th>
            <th scope="col" className="w-24 pr-2">
              Copies
            </th>
            <th scope="col" className="w-32 pr-2">
              OS family
            </th>
            <th scope="col" className="w-24">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {workload.map((app, i) => (
            <tr key={`${i}-${app.name}`} className="border-b border-slate-200">
              <td className="py-0.5 pr-2">
                <CellInput
                  label={`Name of app ${i + 1}`}
                  value={app.name}
                  onCommit={(v) => edit(i, { name: v.trim() })}
                />
              </td>
              <td className="pr-2">
                <CellInput
                  label={`CPU of ${app.name}`}
                  type="number"
                  step={0.25}
                  value={app.cpu}
                  onCommit={(v) => edit(i, { cpu: num(v) })}
                />
              </td>
              <td className="pr-2">
                <CellInput
                  label={`Memory of ${app.name}`}
                  type="number"
                  step={0.5}
                  value={app.memoryGb}
                  onCommit={(v) => edit(i, { memoryGb: num(v) })}
                />
              </td>
              <td className="pr-2">
                <CellInput
                  label={`Copies of ${app.name}`}
                  type="number"
                  step={1}
                  value={app.instances}
                  onCommit={(v) => edit(i, { instances: num(v) })}
                />
              </td>
              <td className="pr-2">
                <select
                  aria-label={`OS family of ${app.name}`}
                  value={app.family}
                  onChange={(e) => edit(i, { family: e.target.value as AppFamily })}
                  className="w-full rounded border border-slate-500 bg-white px-1 py-0.5 text-base"
                >
                  <option value="linux">Linux</option>
                  <option value="windows">Windows</option>
                </select>
              </td>
              <td>
                <Button onClick={() => save(workload.filter((_, k) => k !== i))}>
                  <span aria-hidden="true">Remove</span>
                  <span className="sr-only">Remove {app.name}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-2">
        <Button
          tone="primary"
          onClick={() =>
            save([
              ...workload,
              { name: freshName(workload), cpu: 1, memoryGb: 2, instances: 1, family: 'linux' },
            ])
          }
        >
          Add an app
        </Button>
      </div>
    </div>
  );
}
