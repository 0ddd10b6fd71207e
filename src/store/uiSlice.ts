import type { StateCreator } from 'zustand';
import type {
  ContainerId,
  HostId,
  PhysicalSwitchId,
  RouterId,
  SwitchId,
  VmId,
} from '../engine/read';
import type { Point } from './layout';
import type { SandboxStore } from './sandboxStore';

export type Selection =
  | { kind: 'host'; id: HostId }
  | { kind: 'vm'; id: VmId }
  | { kind: 'container'; id: ContainerId }
  | { kind: 'vswitch'; id: SwitchId; hostId: HostId }
  | { kind: 'pswitch'; id: PhysicalSwitchId }
  | { kind: 'router'; id: RouterId }
  | null;

export type Tone = 'error' | 'info' | 'success';

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: Tone;
  /** One thing the learner can do about it, e.g. restore the work a shared link replaced. */
  readonly action?: { readonly label: string; readonly run: () => void };
}

export interface UiSlice {
  selection: Selection;
  select: (selection: Selection) => void;
  /** Hosts the learner dragged somewhere; the rest sit in the default grid. */
  positions: Readonly<Record<string, Point>>;
  placeHost: (hostId: HostId, at: Point) => void;
  notice: Notice | null;
  notify: (text: string, tone: Tone, action?: Notice['action']) => void;
  playing: boolean;
  /** Simulated seconds per real second. */
  speed: number;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: number) => void;
  /** Which view fills the main area, and which tab the right column shows (ids from the UI registry). */
  view: string;
  sidePanel: string;
  /** Ids of canvas nodes and edges to pick out (a hop of a packet trace, a decision's host). */
  highlight: readonly string[];
  setHighlight: (ids: readonly string[]) => void;
  show: (place: { view?: string; sidePanel?: string }) => void;
}

export const SPEEDS = [1, 2, 5, 10, 30] as const;

export const createUiSlice: StateCreator<SandboxStore, [], [], UiSlice> = (set, get) => ({
  selection: null,
  // Selecting something shows the inspector, so the learner sees what they picked.
  select: (selection) => set(selection ? { selection, sidePanel: 'inspect' } : { selection }),
  positions: {},
  placeHost: (hostId, at) => set({ positions: { ...get().positions, [hostId]: at } }),
  notice: null,
  notify: (text, tone, action) =>
    set({ notice: { id: (get().notice?.id ?? 0) + 1, text, tone, ...(action ? { action } : {}) } }),
  playing: false,
  speed: 5,
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  view: 'datacenter',
  sidePanel: 'inspect',
  show: (place) => set(place),
  highlight: [],
  setHighlight: (highlight) => set({ highlight }),
});
