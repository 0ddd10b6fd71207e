import { COUNT_LIMITS, type PathPart, type World } from '../engine';
import { TEXT_LIMITS } from './size';

export { TEXT_LIMITS };

/** Where a limit was passed: a predicate that reads after the path, and the text offset. */
export interface LimitProblem {
  readonly path: readonly PathPart[];
  readonly offset: number;
  readonly predicate: string;
}

interface Frame {
  readonly list: boolean;
  key: PathPart | undefined;
  entries: number;
}

const count = (n: number) => n.toLocaleString('en');

/**
 * The first limit the text passes, found in one loop over the characters (no recursion, so no
 * nesting can exhaust the stack). It judges no syntax: it only has to keep the parser safe.
 */
export function textLimitProblem(text: string): LimitProblem | undefined {
  if (text.length > TEXT_LIMITS.size) {
    return {
      path: [],
      offset: TEXT_LIMITS.size,
      predicate: `is ${count(text.length)} characters long; VirtLab opens at most ${count(TEXT_LIMITS.size)}.`,
    };
  }
  const frames: Frame[] = [];
  const pathHere = () => frames.flatMap((f) => (f.key === undefined ? [] : [f.key]));
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // Spaces and line breaks are most of a formatted file: skip them first.
    if (c <= SPACE) continue;
    const top = frames[frames.length - 1];
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end - i - 1 > TEXT_LIMITS.stringLength) {
        return {
          path: pathHere(),
          offset: i,
          predicate: `has a text of ${count(end - i - 1)} characters; the most is ${count(TEXT_LIMITS.stringLength)}.`,
        };
      }
      if (top && !top.list && top.key === undefined) top.key = keyOf(text.slice(i, end + 1));
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (frames.length >= TEXT_LIMITS.depth) {
        return {
          path: pathHere(),
          offset: i,
          predicate: `nests lists and objects more than ${TEXT_LIMITS.depth} levels deep.`,
        };
      }
      const list = c === OPEN_BRACKET;
      frames.push({ list, key: list ? 0 : undefined, entries: 1 });
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      frames.pop();
    } else if (c === COMMA && top) {
      top.entries += 1;
      if (top.entries > TEXT_LIMITS.entries) {
        top.key = top.list ? undefined : top.key;
        return {
          path: pathHere(),
          offset: i,
          predicate: `has more than ${count(TEXT_LIMITS.entries)} ${top.list ? 'items' : 'fields'}.`,
        };
      }
      top.key = top.list ? top.entries - 1 : undefined;
    } else if (c === MINUS || isDigit(c)) {
      let end = i + 1;
      while (end < text.length && inNumber(text.charCodeAt(end))) end += 1;
      if (end - i > TEXT_LIMITS.numberLength) {
        return {
          path: pathHere(),
          offset: i,
          predicate: `has a number written with ${count(end - i)} characters; the most is ${TEXT_LIMITS.numberLength}.`,
        };
      }
      i = end - 1;
    }
  }
  return undefined;
}

const [SPACE, QUOTE, COMMA, MINUS, PLUS, DOT] = [32, 34, 44, 45, 43, 46];
const [OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET] = [123, 125, 91, 93];
const [BACKSLASH, NEWLINE, ZERO, NINE, SMALL_E, CAPITAL_E] = [92, 10, 48, 57, 101, 69];

const isDigit = (c: number) => c >= ZERO && c <= NINE;
const inNumber = (c: number) =>
  isDigit(c) || c === MINUS || c === PLUS || c === DOT || c === SMALL_E || c === CAPITAL_E;

/** The offset of a string's closing quote (or the end of the text when it has none). */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 1;
    else if (c === QUOTE || c === NEWLINE) return i;
  }
  return text.length;
}

function keyOf(quoted: string): string {
  try {
    const key: unknown = JSON.parse(quoted);
    return typeof key === 'string' ? key : quoted;
  } catch {
    return quoted.slice(1, -1);
  }
}

/** A count over its limit, at the first thing past it (path from the state, as the schema reports). */
export interface CountProblem {
  readonly path: readonly PathPart[];
  readonly message: string;
}

const tooMany = (n: number, what: string) =>
  `is one more than the ${count(n)} ${what} a scenario may hold, the most that keeps every view fast`;

/** The hosts, VMs and containers past their limits, in one pass over the hosts. */
export function countProblems(world: World): CountProblem[] {
  const problems: CountProblem[] = [];
  const hostIds = Object.keys(world.hosts);
  const pastHosts = hostIds[COUNT_LIMITS.hosts];
  if (pastHosts !== undefined)
    problems.push({
      path: ['world', 'hosts', pastHosts],
      message: tooMany(COUNT_LIMITS.hosts, 'hosts'),
    });
  let vms = 0;
  let containers = 0;
  const addContainers = (at: readonly PathPart[], runtime: { containers: object } | null) => {
    const ids = Object.keys(runtime?.containers ?? {});
    const past = ids[COUNT_LIMITS.containers - containers];
    if (past !== undefined && containers <= COUNT_LIMITS.containers)
      problems.push({
        path: [...at, 'runtime', 'containers', past],
        message: tooMany(COUNT_LIMITS.containers, 'containers'),
      });
    containers += ids.length;
  };
  for (const [hostId, host] of Object.entries(world.hosts)) {
    const platform = ['world', 'hosts', hostId, 'platform'];
    if (host.platform.kind === 'container-host') addContainers(platform, host.platform.runtime);
    if (host.platform.kind !== 'hypervisor') continue;
    for (const [vmId, vm] of Object.entries(host.platform.vms)) {
      vms += 1;
      if (vms === COUNT_LIMITS.vms + 1)
        problems.push({
          path: [...platform, 'vms', vmId],
          message: tooMany(COUNT_LIMITS.vms, 'VMs'),
        });
      addContainers([...platform, 'vms', vmId], vm.runtime);
    }
  }
  return problems;
}
