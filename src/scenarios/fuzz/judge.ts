import {
  type State,
  allContainers,
  allVms,
  compareDeployments,
  compareMetrics,
  invariantProblems,
  problemText,
  reachability,
  tco,
  tick,
} from '../../engine';
import type { Scenario } from '../schema';
import { DOORS, DOOR_NAMES, type DoorName, type Opened } from '../../testing/scenarioDoors';

/** How a document ended, worst first; only the last two are outcomes a learner may meet. */
export const OUTCOMES = [
  'prototype pollution',
  'crash',
  'accepted, breaks an invariant',
  'accepted, too big for the views',
  'refused without location',
  'refused with location',
  'accepted',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const FAILURES: readonly Outcome[] = OUTCOMES.slice(0, 5);

export interface Verdict {
  readonly outcome: Outcome;
  /** The door (or 'views') where the outcome happened. */
  readonly where: DoorName | 'views';
  /** The message, the broken rule or the error, cut short. */
  readonly detail: string;
  /** Milliseconds for the whole document: every door, then the views on what was accepted. */
  readonly ms: number;
  /** Doors that decided differently from the file import (accepted against refused). */
  readonly disagreeing: readonly DoorName[];
  /** The longest single reason in a refusal, in characters. */
  readonly longestReason: number;
}

/**
 * Worlds larger than this are not opened in the views here: a world past it would make them
 * run for minutes, which the harness counts as a failure of its own instead of waiting.
 */
const VIEW_GUARD = { hosts: 2_000, vms: 20_000, containers: 20_000, instances: 50_000 };
/** Long enough for any live migration in the bases to finish, so its end is checked too. */
const LONG_TICK_S = 600;
/** Reachability is quadratic in the VMs; the fuzz bases stay well under this. */
const REACHABILITY_VMS = 300;

const short = (text: string, n = 300) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** The reasons a refusal lists ("• …" lines), or the whole message when it lists none. */
export function reasonsOf(message: string): string[] {
  const bullets = message.split('\n').filter((line) => line.startsWith('• '));
  return bullets.length > 0 ? bullets : [message];
}

const LOCATED = /Line \d+, column \d+/;
/** The sentence a door shows when it caught an exception of its own: a crash, though contained. */
const CAUGHT_CRASH = /VirtLab failed while reading it/;

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const PRISTINE = PROTOTYPES.map((p) => new Set(Object.getOwnPropertyNames(p)));

/** Whether a document added a property to a built-in prototype; removes any it added. */
function pollutedAndCleaned(): boolean {
  let polluted = false;
  PROTOTYPES.forEach((proto, i) => {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (PRISTINE[i]!.has(name)) continue;
      polluted = true;
      delete (proto as Record<string, unknown>)[name];
    }
  });
  return polluted;
}

function oversized(state: State): string | null {
  const { world } = state;
  const instances = world.study.workload.reduce((n, app) => n + app.instances, 0);
  const counts = {
    hosts: Object.keys(world.hosts).length,
    vms: allVms(world).length,
    containers: allContainers(world).length,
    instances,
  };
  for (const [what, n] of Object.entries(counts)) {
    if (!(n <= VIEW_GUARD[what as keyof typeof VIEW_GUARD])) return `${n} ${what}`;
  }
  return null;
}

/**
 * What the views compute on opening: the compare view, reachability, a tick of the clock. The
 * state after a second, then ten minutes, is returned: a tick keeps every invariant of a reachable world, so one
 * it breaks shows an impossible world the check on the loaded state missed.
 */
function openViews(state: State): State {
  const { study, assumptions } = state.world;
  const comparison = compareDeployments(study.workload, assumptions, study.assumptions);
  compareMetrics(comparison, tco(comparison, study.assumptions));
  if (allVms(state.world).length <= REACHABILITY_VMS) reachability(state);
  return tick(tick(state, 1), LONG_TICK_S);
}

type Step = { outcome: Outcome; where: DoorName | 'views'; detail: string };

function judgeAccepted(scenario: Scenario): Step {
  const state = scenario.state;
  const broken = invariantProblems(state).map(problemText);
  if (broken.length > 0) {
    return { outcome: 'accepted, breaks an invariant', where: 'views', detail: broken.join(' ') };
  }
  const big = oversized(state);
  if (big) return { outcome: 'accepted, too big for the views', where: 'views', detail: big };
  let later: State;
  try {
    later = openViews(state);
  } catch (error) {
    return { outcome: 'crash', where: 'views', detail: describeError(error) };
  }
  const brokenLater = invariantProblems(later).map(problemText);
  if (brokenLater.length > 0) {
    const detail = `After ten minutes: ${brokenLater.join(' ')}`;
    return { outcome: 'accepted, breaks an invariant', where: 'views', detail: short(detail) };
  }
  return { outcome: 'accepted', where: 'views', detail: '' };
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return short(String(error));
  const at = error.stack?.split('\n').find((l) => l.includes('/src/')) ?? '';
  return short(`${error.name}: ${error.message} ${at.trim()}`);
}

const severity = (o: Outcome) => OUTCOMES.indexOf(o);

/** Feeds one document through every door, then opens what was accepted; never throws. */
export async function judge(input: string | Uint8Array): Promise<Verdict> {
  const started = performance.now();
  const opened = new Map<DoorName, Opened | Error>();
  for (const door of DOOR_NAMES) {
    try {
      const result = await DOORS[door](input);
      if (result) opened.set(door, result);
    } catch (error) {
      opened.set(door, error instanceof Error ? error : new Error(String(error)));
    }
  }
  let worst: Step = { outcome: 'accepted', where: 'file', detail: '' };
  let longestReason = 0;
  const judged = new Set<Scenario>();
  const consider = (step: Step) => {
    if (severity(step.outcome) < severity(worst.outcome)) worst = step;
  };
  for (const [door, result] of opened) {
    if (result instanceof Error) {
      consider({ outcome: 'crash', where: door, detail: describeError(result) });
    } else if (!result.ok && CAUGHT_CRASH.test(result.message)) {
      consider({ outcome: 'crash', where: door, detail: short(result.message) });
    } else if (!result.ok) {
      const reasons = reasonsOf(result.message);
      longestReason = Math.max(longestReason, ...reasons.map((r) => r.length));
      const located = reasons.every((r) => LOCATED.test(r));
      consider({
        outcome: located ? 'refused with location' : 'refused without location',
        where: door,
        detail: short(result.message),
      });
    } else if (!judged.has(result.scenario)) {
      judged.add(result.scenario);
      const step = judgeAccepted(result.scenario);
      consider({
        ...step,
        where: step.where === 'views' && step.outcome !== 'crash' ? door : step.where,
      });
    }
  }
  if (pollutedAndCleaned()) {
    worst = { outcome: 'prototype pollution', where: 'file', detail: 'Object.prototype changed' };
  }
  const okOf = (r: Opened | Error | undefined) => !(r instanceof Error) && r?.ok === true;
  const disagreeing = DOOR_NAMES.filter(
    (d) => opened.has(d) && okOf(opened.get(d)) !== okOf(opened.get('file')),
  );
  return { ...worst, ms: performance.now() - started, disagreeing, longestReason };
}
