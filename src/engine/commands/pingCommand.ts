import type { VmId } from '../base/ids';
import { pingEvent, simulatePing } from '../network/ping';
import type { PingTarget } from '../network/types';
import { type CommandContext, type Outcome, refuse } from './types';

/**
 * Pings from a VM: the world stays as it is, the switches and guests learn from the frames,
 * and the log says how it went. `tracePing` returns the same run's trace for the UI to step.
 */
export function ping(ctx: CommandContext, srcVmId: VmId, dst: PingTarget): Outcome {
  const r = simulatePing(ctx.world, ctx.sim.net, ctx.sim.time, srcVmId, dst);
  if (!r.ok) return refuse(r.reason);
  return { ok: true, world: ctx.world, events: [pingEvent(r.trace)], net: r.net };
}
