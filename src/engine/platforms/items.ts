/** Something a platform runs, named for a sentence and identified for the canvas. */
export interface Workload {
  readonly kind: 'vm' | 'container' | 'app';
  readonly id: string;
  readonly name: string;
}

const NOUN = { vm: ['VM', 'VMs'], container: ['container', 'containers'], app: ['app', 'apps'] };

/** How many names a sentence lists before it says "and N more". */
const NAMES_SHOWN = 4;

function group(kind: Workload['kind'], items: readonly Workload[]): string | null {
  const of = items.filter((i) => i.kind === kind);
  if (of.length === 0) return null;
  const names = of.slice(0, NAMES_SHOWN).map((i) => i.name);
  const more = of.length > NAMES_SHOWN ? ` and ${of.length - NAMES_SHOWN} more` : '';
  return `${of.length} ${NOUN[kind][of.length === 1 ? 0 : 1]} (${names.join(', ')}${more})`;
}

/** "2 VMs (web-1, db-1) and 1 container (cache)", or "nothing". */
export function describeWorkloads(items: readonly Workload[]): string {
  const parts = (['vm', 'container', 'app'] as const)
    .map((k) => group(k, items))
    .filter((p): p is string => p !== null);
  const last = parts.pop();
  if (last === undefined) return 'nothing';
  return parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
}

/** "2 VMs and 1 container", without names: for short sentences. */
export function countWorkloads(items: readonly Workload[]): string {
  const parts = (['vm', 'container', 'app'] as const).flatMap((k) => {
    const n = items.filter((i) => i.kind === k).length;
    return n === 0 ? [] : [`${n} ${NOUN[k][n === 1 ? 0 : 1]}`];
  });
  const last = parts.pop();
  if (last === undefined) return 'nothing';
  return parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
}
