import type { Lesson } from '../model';

/** The containers and cost sequence: one shared kernel and its blast radius, containers in VMs, the runtimes, TCO. */
export const CONTAINERS: readonly Lesson[] = [];
