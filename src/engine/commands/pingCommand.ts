import { pingEvent, simulatePing } from '../network/ping';
import type { HandlerOf } from './types';

/**
 * Pings from a VM: the world stays as it is, the switches and guests learn from the frames,
 * and the log says how it went. `tracePing` returns the same run's trace for the UI to step.
 */
export const ping: HandlerOf<'ping'> = (ctx, { srcVmId, dst }) => {
  const r = simulatePing(ctx.world, ctx.sim.net, ctx.sim.time, srcVmId, dst);
  if (!r.ok) return r;
  return { ok: true, world: ctx.world, events: [pingEvent(r.trace)], created: [], net: r.net };
};
