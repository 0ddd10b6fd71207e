import { z } from './zod';
import { COST_ASSUMPTION_INFO, DEFAULT_STUDY, type World } from '../engine';
import { decimal, figures, label, wholeNumber } from './fields';
import { COUNT_LIMITS } from '../engine';

/** The cost study behind the compare view and the TCO panel: a workload and priced figures. */

const FAMILIES = [
  'linux',
  'windows',
] as const satisfies readonly World['study']['workload'][number]['family'][];

const workloadAppSchema = z.strictObject({
  name: label(),
  cpu: decimal(0).describe('Cores it keeps busy on average.'),
  memoryGb: decimal(0).describe('Memory the app itself needs, without any OS, in GB.'),
  instances: wholeNumber(0, COUNT_LIMITS.workloadInstances).describe(
    'Identical copies that run side by side.',
  ),
  family: z
    .enum(FAMILIES)
    .describe('The kernel it needs; containers share one only within a family.'),
});

/** Every view deploys each instance, so the whole workload has one limit, not each app. */
function refuseTooManyInstances(
  apps: readonly { readonly instances: number }[],
  ctx: z.RefinementCtx,
): void {
  let total = 0;
  for (const [i, app] of apps.entries()) {
    total += app.instances;
    if (total > COUNT_LIMITS.workloadInstances) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'instances'],
        message: `brings the workload to ${total.toLocaleString('en')} instances; the most is ${COUNT_LIMITS.workloadInstances.toLocaleString('en')}, which keeps the compare view fast`,
      });
      return;
    }
  }
}

export const studySchema = z
  .strictObject({
    workload: z
      .array(workloadAppSchema)
      .superRefine(refuseTooManyInstances)
      .default(() => [...DEFAULT_STUDY.workload]),
    assumptions: figures(COST_ASSUMPTION_INFO, DEFAULT_STUDY.assumptions),
  })
  .prefault({})
  .describe('The workload and cost figures of the compare view and the TCO panel.');
