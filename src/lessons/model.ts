import type {
  Brand,
  Command,
  EventKind,
  HostPower,
  OrchestratorSettings,
  VmPower,
  WayId,
} from '../engine';

/**
 * A lesson as plain data, so that a teacher's lesson can travel as a file or a link and be
 * checked like a scenario. Names stand in for ids: in a command, a string "@web-1" is the id of
 * whatever is named web-1 when the command runs (see refs.ts), and "{web}" anywhere in the
 * lesson is a variable drawn from the attempt's seed (see variation.ts).
 */
export interface Lesson {
  /** Stable, used in links (#lesson=<id>) and in saved progress. */
  readonly id: string;
  readonly title: string;
  /** The sequence it belongs to, and its place there (1 first). */
  readonly sequence: string;
  readonly order: number;
  /** What the learner will see and why it matters: a few short pages. */
  readonly intro: readonly IntroPage[];
  readonly start: LessonStart;
  readonly tools?: LessonTools;
  readonly goals: readonly Goal[];
  /** From a nudge to the exact step; shown one at a time. */
  readonly hints: readonly string[];
  /** The reference solution, as engine commands (with "@name" references). */
  readonly solution: readonly LessonStep[];
  readonly variation?: Variation;
  /** Where the facts this lesson teaches come from: a section of docs/domain.md. */
  readonly domain: string;
}

export interface IntroPage {
  readonly title: string;
  /** Paragraphs of plain text (no markup). */
  readonly text: readonly string[];
  /** Where it helps: steps the sandbox plays on the lesson's start to show the idea first. */
  readonly demo?: Demonstration;
}

/** A short demonstration; the lesson starts afresh once the intro closes. */
export interface Demonstration {
  /** What the button says it shows ("a host failing, and HA restarting its VMs"). */
  readonly label: string;
  readonly steps: readonly LessonStep[];
}

/** The start: a built-in scenario (or an empty datacenter), then commands that shape it. */
export interface LessonStart {
  readonly from: 'empty' | 'default';
  readonly setup: readonly LessonStep[];
}

/** A command, or simulated seconds passing (a boot, a migration, an HA restart). */
export type LessonStep = LessonCommand | { readonly type: 'wait'; readonly seconds: number };

/** A command whose id fields may hold "@name" references: every id is loosened to a string. */
export type LessonCommand = Loose<Command>;

/** Branded ids become plain strings; literal strings (a command's type, a power) stay as they are. */
type Loose<T> = T extends string
  ? string extends T
    ? string
    : T extends Brand<string, string>
      ? string
      : T
  : T extends readonly (infer I)[]
    ? readonly Loose<I>[]
    : T extends object
      ? { readonly [K in keyof T]: Loose<T[K]> }
      : T;

/** Panels the lesson hides, and command types it refuses, so the learner meets one idea. */
export interface LessonTools {
  readonly hidePanels?: readonly PanelId[];
  readonly lockCommands?: readonly Command['type'][];
}

export type PanelId =
  'palette' | 'compare' | 'reachability' | 'assumptions' | 'xray' | 'orchestrator' | 'trace';

/**
 * Values drawn on each attempt: each variable takes one of its values, picked by the seed. A
 * name or an address is text; a size is a number, which replaces a field that is "{var}" whole.
 */
export interface Variation {
  readonly [variable: string]: readonly (string | number)[];
}

export type Goal = CheckGoal | PredictGoal;

/** A check over the engine state, met while its predicate holds. */
export interface CheckGoal {
  readonly kind: 'check';
  readonly id: string;
  readonly check: Predicate;
}

/**
 * Predict, then run: the learner picks an answer, then runs the step and sees what happened.
 * The answer comes from the engine (what went down, what moved), never from the lesson text.
 */
export interface PredictGoal {
  readonly kind: 'predict';
  readonly id: string;
  readonly question: string;
  /** Names the learner chooses among (VMs, containers or hosts). */
  readonly choices: readonly string[];
  /** What the run button does, in words ("Crash the hypervisor of esx-02"). */
  readonly runLabel: string;
  readonly run: readonly LessonStep[];
  /** Which names are the answer once the run is done. */
  readonly answer: 'down' | 'moved';
}

/** The checks a goal can make, each a named predicate with its parameters (predicates.ts). */
export type Predicate =
  | { readonly is: 'vmOn'; readonly vm: string; readonly host: string }
  | { readonly is: 'vmNotOn'; readonly vm: string; readonly host: string }
  | { readonly is: 'apart'; readonly vms: readonly string[] }
  | { readonly is: 'together'; readonly vms: readonly string[] }
  | { readonly is: 'vmPower'; readonly vm: string; readonly power: VmPower }
  | { readonly is: 'hostPower'; readonly host: string; readonly power: HostPower }
  | { readonly is: 'noVmDown' }
  | { readonly is: 'reaches'; readonly from: string; readonly to: string }
  | { readonly is: 'cannotReach'; readonly from: string; readonly to: string }
  | { readonly is: 'memoryBelow'; readonly percent: number; readonly host?: string }
  | { readonly is: 'hostsOnAtMost'; readonly count: number }
  | { readonly is: 'platform'; readonly host: string; readonly platform: PlatformWanted }
  | {
      readonly is: 'setting';
      readonly key: keyof OrchestratorSettings;
      readonly value: boolean | number | string;
    }
  | { readonly is: 'happened'; readonly event: EventKind; readonly about?: string }
  | { readonly is: 'vmCount'; readonly host: string; readonly atLeast: number }
  | { readonly is: 'containerRunning'; readonly container: string }
  | { readonly is: 'plugged'; readonly vm: string; readonly portGroup: string }
  | { readonly is: 'all'; readonly of: readonly Predicate[] }
  | {
      readonly is: 'nicLink';
      readonly host: string;
      readonly nic: string;
      readonly link: 'up' | 'down';
    }
  | { readonly is: 'admissionRoom' }
  | { readonly is: 'cheapestWay'; readonly way: WayId };

/** A platform: 'bare-metal', 'container-host', or a hypervisor product id ('esxi', 'kvm', …). */
export type PlatformWanted = string;
