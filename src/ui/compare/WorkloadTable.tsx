import type { AppFamily, Command, WorkloadApp } from '../../engine/read';
import { CommandButton } from '../components/Button';
import { NumberField, TextField } from '../components/Field';
import { type Option, Select } from '../components/Select';
import { type Column, Table } from '../components/Table';
import { useCommit } from '../components/useCommit';

/** A name not yet in the workload, for a new row. */
function freshName(workload: readonly WorkloadApp[]): string {
  const names = new Set(workload.map((a) => a.name));
  let n = workload.length + 1;
  while (names.has(`app ${n}`)) n += 1;
  return `app ${n}`;
}

const FAMILIES: readonly Option<AppFamily>[] = [
  { value: 'linux', label: 'Linux' },
  { value: 'windows', label: 'Windows' },
];

/** What each copy of an app needs, a column each; the label names the app for screen readers. */
const NEEDS = [
  { key: 'cpu', header: 'CPU (cores)', name: 'CPU', step: 0.25, width: 'w-28' },
  { key: 'memoryGb', header: 'Memory (GB)', name: 'Memory', step: 0.5, width: 'w-28' },
  { key: 'instances', header: 'Copies', name: 'Copies', step: 1, width: 'w-24' },
] as const;

/** The workload every way deploys: apps with what each needs, editable row by row. */
export function WorkloadTable({ workload }: { workload: readonly WorkloadApp[] }) {
  const commit = useCommit();
  const save = (next: readonly WorkloadApp[]): Command => ({ type: 'setWorkload', workload: next });
  const edit = (i: number, patch: Partial<WorkloadApp>) =>
    save(workload.map((a, k) => (k === i ? { ...a, ...patch } : a)));
  const instances = workload.reduce((t, a) => t + a.instances, 0);
  const cpu = workload.reduce((t, a) => t + a.cpu * a.instances, 0);
  const memory = workload.reduce((t, a) => t + a.memoryGb * a.instances, 0);
  const columns: readonly Column<WorkloadApp>[] = [
    {
      key: 'name',
      header: 'App',
      cell: (app, i) => (
        <TextField
          hideLabel
          label={`Name of app ${i + 1}`}
          value={app.name}
          command={(name) => edit(i, { name })}
        />
      ),
    },
    ...NEEDS.map((n): Column<WorkloadApp> => ({
      key: n.key,
      header: n.header,
      className: n.width,
      cell: (app, i) => (
        <NumberField
          hideLabel
          label={`${n.name} of ${app.name}`}
          step={n.step}
          value={app[n.key]}
          command={(value) => edit(i, { [n.key]: value })}
        />
      ),
    })),
    {
      key: 'family',
      header: 'OS family',
      className: 'w-32',
      cell: (app, i) => (
        <Select
          hideLabel
          label={`OS family of ${app.name}`}
          value={app.family}
          options={FAMILIES}
          onChange={(family) => commit(edit(i, { family }))}
        />
      ),
    },
    {
      key: 'remove',
      header: <span className="sr-only">Remove</span>,
      className: 'w-24',
      cell: (app, i) => (
        <CommandButton command={save(workload.filter((_, k) => k !== i))}>
          <span aria-hidden="true">Remove</span>
          <span className="sr-only">Remove {app.name}</span>
        </CommandButton>
      ),
    },
  ];
  return (
    <div>
      <p className="mb-2 text-base text-slate-900">
        {workload.length} apps, {instances} running copies: {Number(cpu.toFixed(2))} cores and{' '}
        {Number(memory.toFixed(2))} GB for the apps themselves, before any OS or hypervisor.
      </p>
      <Table
        size="base"
        caption="Workload: apps and what each copy needs"
        columns={columns}
        rows={workload}
        rowKey={(app, i) => `${i}-${app.name}`}
      />
      <div className="mt-2">
        <CommandButton
          tone="primary"
          command={save([
            ...workload,
            { name: freshName(workload), cpu: 1, memoryGb: 2, instances: 1, family: 'linux' },
          ])}
        >
          Add an app
        </CommandButton>
      </div>
    </div>
  );
}
