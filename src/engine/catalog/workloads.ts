import type { CostStudy, WorkloadApp } from '../model/study';
import { DEFAULT_COST_ASSUMPTIONS } from '../model/study';

/**
 * A small company's servers, as the compare view starts with them: a dozen typical apps with
 * what each needs on its own, no OS included. Figures are illustrative and editable.
 */
export const DEFAULT_WORKLOAD: readonly WorkloadApp[] = [
  { name: 'web front end', cpu: 0.5, memoryGb: 1, instances: 4, family: 'linux' },
  { name: 'app server', cpu: 1.5, memoryGb: 6, instances: 3, family: 'linux' },
  { name: 'database', cpu: 2, memoryGb: 16, instances: 2, family: 'linux' },
  { name: 'cache', cpu: 0.5, memoryGb: 4, instances: 2, family: 'linux' },
  { name: 'mail', cpu: 0.5, memoryGb: 4, instances: 1, family: 'linux' },
  { name: 'file server', cpu: 0.5, memoryGb: 4, instances: 1, family: 'windows' },
  { name: 'directory (AD)', cpu: 0.25, memoryGb: 4, instances: 2, family: 'windows' },
  { name: 'DNS and DHCP', cpu: 0.1, memoryGb: 0.5, instances: 2, family: 'linux' },
  { name: 'monitoring', cpu: 1, memoryGb: 8, instances: 1, family: 'linux' },
  { name: 'CI runner', cpu: 2, memoryGb: 8, instances: 2, family: 'linux' },
  { name: 'backup', cpu: 1, memoryGb: 8, instances: 1, family: 'linux' },
  { name: 'intranet wiki', cpu: 0.5, memoryGb: 2, instances: 1, family: 'linux' },
];

export const DEFAULT_STUDY: CostStudy = {
  workload: DEFAULT_WORKLOAD,
  assumptions: DEFAULT_COST_ASSUMPTIONS,
};
