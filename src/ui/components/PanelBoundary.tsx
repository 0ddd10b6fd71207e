import {
  Component,
  type ComponentType,
  type ReactNode,
  createContext,
  lazy,
  useContext,
} from 'react';
import { Button } from './Button';

interface Props {
  /** What the learner calls this part of the page: "Trace panel", "Datacenter view". */
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  /** Which drawing this is (see Reload): a new one draws the part from scratch. */
  readonly attempt: number;
}

/** Browsers word a lazily loaded module that did not arrive differently; these are the three. */
const LOAD_FAILURE =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i;

/**
 * Keeps one failing part of the page from blanking the rest: when a panel or view throws while
 * it draws, or its code does not arrive, it is replaced by a sentence that says so and a button
 * that draws it again. The store, the other panels, the canvas and the autosave live outside it
 * and carry on, so no work is lost.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly reload = () => {
    reloads += 1;
    this.setState({ error: null, attempt: reloads });
  };

  override render() {
    const { error, attempt } = this.state;
    if (!error)
      return (
        <Reload.Provider key={attempt} value={attempt}>
          {this.props.children}
        </Reload.Provider>
      );
    const { name } = this.props;
    const what = LOAD_FAILURE.test(error.message)
      ? `The ${name} could not be loaded: its code did not arrive (is the network down?).`
      : `The ${name} stopped working because of an error in VirtLab.`;
    return (
      <div
        role="alert"
        className="m-3 rounded border-2 border-red-800 bg-red-50 p-3 text-base text-red-950"
      >
        <p className="font-bold">{what}</p>
        <p className="my-2">
          Your datacenter and your work are safe, and the rest of the page still works.
        </p>
        <Button tone="primary" onClick={this.reload}>
          Reload the {name}
        </Button>
        <details className="mt-2 text-sm">
          <summary>What went wrong</summary>
          <p className="font-mono break-words">{error.message}</p>
        </details>
      </div>
    );
  }
}

/**
 * Which drawing of a part of the page this is: 0 at first, then a new number at each reload, so
 * that a lazily loaded part asks for its code again (see lazyPanel).
 */
const Reload = createContext(0);
let reloads = 0;

/**
 * React.lazy for a panel or view that PanelBoundary can reload after its code failed to arrive.
 * React.lazy keeps a failed load for good, and a new lazy component made at once would be
 * retried by React in a loop; so each reload of the boundary gets a lazy component of its own.
 */
export function lazyPanel(load: () => Promise<{ default: ComponentType }>): ComponentType;
/** The same for a part that takes props (see lazySection). */
export function lazyPanel<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P>;
export function lazyPanel<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const byReload = new Map<number, ComponentType<P>>();
  function LazyPanel(props: P) {
    const reload = useContext(Reload);
    let Part = byReload.get(reload);
    if (!Part) {
      Part = lazy(load);
      byReload.set(reload, Part);
    }
    return <Part {...props} />;
  }
  return LazyPanel;
}
