import { event } from '../base/log';
import { crash as crashTarget } from '../platforms/crash';
import type { CrashTarget } from '../platforms/crash';
import { describeWorkloads } from '../platforms/items';
import { recover as recoverOwner } from '../platforms/recover';
import type { Command } from './command';
import { type HandlerOf, done } from './types';

const CRASH_EVENT = {
  host: 'platform.crashed',
  vm: 'vm.crashed',
  container: 'container.crashed',
} as const;

/** Crashes one layer; the event names who went down, so the canvas can show them. */
export const crash: HandlerOf<'crash'> = (ctx, { target }) => {
  const out = crashTarget(ctx.world, target);
  if (!out.ok) return out;
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
};

/** Restarts what crashed on a host or in a VM. */
export const recover: HandlerOf<'recover'> = (ctx, { on: owner }) => {
  const out = recoverOwner(ctx.world, owner);
  if (!out.ok) return out;
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
};

/** The command that crashes a target, for the inspector's crash buttons. */
export const crashCommand = (target: CrashTarget): Command => ({ type: 'crash', target });
