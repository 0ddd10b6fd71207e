import { event } from '../base/log';
import { COUNT_LIMITS } from '../model/counts';
import { COST_ASSUMPTION_INFO, type WorkloadApp } from '../model/study';
import { type HandlerOf, done, refuse } from './types';
import { LIMITS, checkNumber, checkWhole, firstProblem } from './validate';

/** Limits of the compare view's workload: enough for a datacenter, small enough to draw. */
export const WORKLOAD_LIMITS = {
  apps: 500,
  instances: [1, COUNT_LIMITS.workloadInstances],
} as const;

/** Sets one figure of the TCO panel; a figure whose step is whole must be whole. */
export const setCostAssumption: HandlerOf<'setCostAssumption'> = ({ world }, { key, value }) => {
  const info = COST_ASSUMPTION_INFO[key];
  const next = { ...world.study.assumptions, [key]: value };
  const problem = firstProblem(
    Number.isInteger(info.step)
      ? checkWhole(info.label, value, info.min, info.max)
      : checkNumber(info.label, value, info.min, info.max),
    next.serverMaxWatts < next.serverIdleWatts
      ? `Power at full load (${next.serverMaxWatts} W) cannot be below power when idle (${next.serverIdleWatts} W).`
      : null,
  );
  if (problem) return refuse(problem);
  return done(
    { ...world, study: { ...world.study, assumptions: next } },
    event('study.changed', `Cost figure "${info.label}" set to ${value} ${info.unit}.`),
  );
};

function checkApp(app: WorkloadApp, i: number): string | null {
  const label = `App ${i + 1} (${app.name || 'unnamed'})`;
  return firstProblem(
    app.name.trim().length === 0 || app.name.length > 64
      ? `${label}: a name must be 1 to 64 characters.`
      : null,
    checkNumber(`${label}: CPU (cores)`, app.cpu, ...LIMITS.workloadCpu),
    checkNumber(`${label}: memory (GB)`, app.memoryGb, ...LIMITS.workloadMemoryGb),
    checkWhole(`${label}: instances`, app.instances, ...WORKLOAD_LIMITS.instances),
    app.family === 'linux' || app.family === 'windows'
      ? null
      : `${label}: the OS family must be linux or windows.`,
  );
}

/** Replaces the compare view's workload, checked app by app. */
export const setWorkload: HandlerOf<'setWorkload'> = ({ world }, { workload }) => {
  if (workload.length > WORKLOAD_LIMITS.apps)
    return refuse(`A workload holds at most ${WORKLOAD_LIMITS.apps} apps.`);
  const names = new Set<string>();
  for (const [i, app] of workload.entries()) {
    const problem = checkApp(app, i);
    if (problem) return refuse(problem);
    if (names.has(app.name)) return refuse(`Two apps are named "${app.name}"; names must differ.`);
    names.add(app.name);
  }
  const count = workload.reduce((t, a) => t + a.instances, 0);
  if (count > COUNT_LIMITS.workloadInstances)
    return refuse(
      `The workload comes to ${count.toLocaleString('en')} instances; VirtLab compares at most ${COUNT_LIMITS.workloadInstances.toLocaleString('en')}, which keeps the compare view fast.`,
    );
  return done(
    { ...world, study: { ...world.study, workload } },
    event(
      'study.changed',
      `Workload set: ${workload.length} app${workload.length === 1 ? '' : 's'}, ${count} instance${count === 1 ? '' : 's'}.`,
    ),
  );
};
