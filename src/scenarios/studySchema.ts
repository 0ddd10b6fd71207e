import { z } from './zod';
import { COST_ASSUMPTION_INFO, DEFAULT_STUDY, type World } from '../engine';
import { decimal, figures, label, wholeNumber } from './fields';

/** The cost study behind the compare view and the TCO panel: a workload and priced figures. */

const FAMILIES = [
  'linux',
  'windows',
] as const satisfies readonly World['study']['workload'][number]['family'][];

const workloadAppSchema = z.strictObject({
  name: label(),
  cpu: decimal(0).describe('Cores it keeps busy on average.'),
  memoryGb: decimal(0).describe('Memory the app itself needs, without any OS, in GB.'),
  instances: wholeNumber(0).describe('Identical copies that run side by side.'),
  family: z
    .enum(FAMILIES)
    .describe('The kernel it needs; containers share one only within a family.'),
});

export const studySchema = z
  .strictObject({
    workload: z.array(workloadAppSchema).default(() => [...DEFAULT_STUDY.workload]),
    assumptions: figures(COST_ASSUMPTION_INFO, DEFAULT_STUDY.assumptions),
  })
  .prefault({})
  .describe('The workload and cost figures of the compare view and the TCO panel.');
