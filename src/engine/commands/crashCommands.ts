import { type CrashTarget, crash } from '../platforms/crash';
import type { KernelOwnerId } from '../platforms/containers';
import { describeWorkloads } from '../platforms/items';
import { recover } from '../platforms/recover';
import { event } from '../base/log';
import { type CommandContext, type Outcome, done, refuse } from './types';

const CRASH_EVENT = {
  host: 'platform.crashed',
  vm: 'vm.crashed',
  container: 'container.crashed',
} as const;

/** Crashes one layer; the event names who went down, so the canvas can show them. */
export function crashLayer(ctx: CommandContext, target: CrashTarget): Outcome {
  const out = crash(ctx.world, target);
  if (!out.ok) return refuse(out.reason);
  const { world, scope, at, layer, down, why } = out;
  const subjects = [at, ...down.map((w) => w.id).filter((id) => id !== at)];
  return done(
    world,
    event(
      CRASH_EVENT[scope],
      `${layer} crashed; ${describeWorkloads(down)} went down. ${why}`,
      ...subjects,
    ),
  );
}

/** Restarts what crashed on a host or in a VM. */
export function recoverCommand(ctx: CommandContext, owner: KernelOwnerId): Outcome {
  const out = recover(ctx.world, owner);
  if (!out.ok) return refuse(out.reason);
  const { world, restarted, stuck, text } = out;
  return done(
    world,
    event(
      'platform.restarted',
      text,
      owner,
      ...[...restarted, ...stuck].map((w) => w.id).filter((id) => id !== owner),
    ),
  );
}
