import type { HaIncident, HostId } from '../../engine/read';
import { type Column, Table } from '../components/Table';
import { useShallow } from 'zustand/react/shallow';
import { selectHostNames } from '../../store/selectors';
import { useSandbox } from '../storeContext';
import { formatTime } from '../panels/EventLog';
import { seconds } from './labels';

/**
 * After a host failure: each VM HA restarted, where, and its downtime (detection + boot), and
 * the VMs it could not place, with the reason. Newest failure first.
 */
export function HaReport() {
  const incidents = useSandbox((s) => s.session.state.world.orchestrator.incidents);
  const names = useSandbox(useShallow(selectHostNames));
  const now = useSandbox((s) => s.session.state.sim.time);
  const boot = useSandbox((s) => s.session.state.world.assumptions.vmBootSeconds);
  if (incidents.length === 0)
    return <p className="text-sm text-slate-800">No host has failed yet.</p>;
  const name = (id: HostId) => names[id] ?? id;
  return (
    <div aria-label="HA report" role="region">
      {[...incidents].reverse().map((inc) => (
        <Incident
          key={`${inc.hostId}-${inc.failedAt}`}
          inc={inc}
          name={name}
          now={now}
          boot={boot}
        />
      ))}
    </div>
  );
}

type Restart = HaIncident['restarted'][number];

/** A restarted VM with its priority, where it went, and its downtime split into its parts. */
const restartColumns = (name: (id: HostId) => string, boot: number): Column<Restart>[] => [
  {
    key: 'vm',
    header: 'VM',
    rowHeader: true,
    cell: (r) => (
      <>
        {r.vmName}
        <span className="block font-normal">priority {r.priority}</span>
      </>
    ),
  },
  { key: 'to', header: 'Restarted on', cell: (r) => name(r.to) },
  {
    key: 'downtime',
    header: 'Downtime',
    align: 'right',
    cell: (r) => (
      <>
        <b>{seconds(r.downtimeS)}</b>
        <span className="block">
          {seconds(r.downtimeS - boot)} detection + {seconds(boot)} boot
        </span>
      </>
    ),
  },
];

function Incident({
  inc,
  name,
  now,
  boot,
}: {
  inc: HaIncident;
  name: (id: HostId) => string;
  now: number;
  boot: number;
}) {
  const detection = inc.detectAt - inc.failedAt;
  return (
    <div className="mb-2 rounded border border-red-800 p-2">
      <h4 className="text-base font-bold text-red-900">
        {name(inc.hostId)} failed at {formatTime(inc.failedAt)}
        {inc.ended ? ' (back now)' : ''}
      </h4>
      {!inc.declared ? (
        <p className="text-sm text-slate-900">
          Waiting for the heartbeat timeout: HA declares it failed in{' '}
          {seconds(Math.ceil(Math.max(0, inc.detectAt - now)))}, then restarts its VMs.
        </p>
      ) : (
        <p className="text-sm text-slate-900">
          Detected after {seconds(detection)} without heartbeats; each restarted VM then boots in{' '}
          {seconds(boot)}.
        </p>
      )}
      {inc.restarted.length > 0 && (
        <Table
          caption={`VMs restarted after ${name(inc.hostId)} failed`}
          columns={restartColumns(name, boot)}
          rows={inc.restarted}
          rowKey={(r) => r.vmId}
        />
      )}
      {inc.waiting.length > 0 && (
        <>
          <h5 className="mt-1 text-sm font-bold text-red-900">Could not be placed</h5>
          <ul className="text-sm text-slate-900">
            {inc.waiting.map((w) => (
              <li key={w.vmId} className="mb-1">
                <b>{w.vmName}</b> (priority {w.priority}): {w.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
