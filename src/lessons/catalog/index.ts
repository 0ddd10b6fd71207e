import type { Lesson } from '../model';
import { BASICS } from './basics';
import { CONTAINERS } from './containers';
import { NETWORK } from './network';
import { ORCHESTRATION } from './orchestration';

/** A sequence of lessons, in the order a course takes them. */
export interface Sequence {
  readonly id: string;
  readonly title: string;
}

export const SEQUENCES: readonly Sequence[] = [
  { id: 'basics', title: 'Virtual machines and hypervisors' },
  { id: 'network', title: 'Virtual networking' },
  { id: 'orchestration', title: 'The infrastructure orchestrator' },
  { id: 'containers', title: 'Containers and cost' },
];

/** Every built-in lesson, by sequence, then by order inside it. */
export const LESSONS: readonly Lesson[] = [
  ...BASICS,
  ...NETWORK,
  ...ORCHESTRATION,
  ...CONTAINERS,
].sort(
  (a, b) =>
    SEQUENCES.findIndex((s) => s.id === a.sequence) -
      SEQUENCES.findIndex((s) => s.id === b.sequence) || a.order - b.order,
);

export const lessonById = (id: string): Lesson | undefined => LESSONS.find((l) => l.id === id);
