import type { HostId } from '../base/ids';
import { event } from '../base/log';
import { type Result, refuse } from '../base/result';
import type { Change, Host, HostPower, World } from '../model/types';
import { getHost, withHost } from '../model/world';
import { crashedHost, runningOn } from '../platforms/crash';
import { countWorkloads } from '../platforms/items';
import { openIncident } from './ha';
import { abortBrokenMigrations } from './migrate';

/**
 * Powers a host on or off, or fails it at `now`: a failed server stops everything on it at once
 * (VMs and containers crash, not shut down), live migrations to or from it stop, and HA's
 * detection clock starts at the failure itself. A learner's command and a scheduled fault both
 * come here.
 */
export function setHostPower(
  world: World,
  hostId: HostId,
  power: HostPower,
  now: number,
): Result<Change> {
  const found = getHost(world, hostId);
  if (!found.ok) return found;
  const { host } = found;
  if (host.power === power) return refuse(`${host.name} is already ${power}.`);
  const running = runningOn(host);
  if (power === 'off' && running.length > 0) {
    return refuse(
      `${host.name} still runs ${countWorkloads(running)}: shut them down or move them first.`,
    );
  }
  const failed = power === 'failed' ? crashedHost(host, null) : null;
  const next: Host = { ...(failed?.host ?? host), power };
  const verb = power === 'on' ? 'powered on' : power === 'off' ? 'powered off' : 'failed';
  const text =
    failed && failed.down.length > 0
      ? `Host ${host.name} failed; ${countWorkloads(failed.down)} went down with it.`
      : `Host ${host.name} ${verb}.`;
  const stopped = abortBrokenMigrations(withHost(world, next));
  return {
    ok: true,
    world: power === 'failed' ? openIncident(stopped.world, hostId, now) : stopped.world,
    events: [
      event('host.power', text, hostId, ...(failed?.down ?? []).map((w) => w.id)),
      ...stopped.events,
    ],
  };
}
