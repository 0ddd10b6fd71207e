// @vitest-environment happy-dom
import { Suspense, act, useState } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PanelBoundary, lazyPanel } from './PanelBoundary';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let page: HTMLDivElement;
let root: Root;
/** What React reports as caught by a boundary (it would print it to the console otherwise). */
let caught: unknown[];

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  page = document.createElement('div');
  document.body.append(page);
  caught = [];
  root = createRoot(page, { onCaughtError: (error) => void caught.push(error) });
});

afterEach(() => {
  act(() => root.unmount());
  page.remove();
});

/** Does `change` in act(), then lets React finish what it started (a lazy load, a retry). */
const settle = (change: () => void) =>
  act(() => {
    change();
    return Promise.resolve();
  });
const alert = () => page.querySelector('[role="alert"]');
const button = (name: string) =>
  [...page.querySelectorAll('button')].find((b) => b.textContent === name);
const click = (name: string) =>
  settle(() => {
    const found = button(name);
    if (!found) throw new Error(`No button "${name}" in: ${page.textContent}`);
    found.click();
  });

/** Stands for the canvas: state of its own that must outlive a failing panel beside it. */
function Canvas() {
  const [moves, setMoves] = useState(0);
  return (
    <button type="button" onClick={() => setMoves(moves + 1)}>
      {`${moves} moves`}
    </button>
  );
}

let panelBroken = false;
function TracePanel({ hops }: { hops: number }) {
  if (panelBroken) throw new Error('Cannot read properties of undefined (reading "vlan")');
  return <p>{`${hops} hops`}</p>;
}

function Page() {
  const [hops, setHops] = useState(3);
  return (
    <>
      <Canvas />
      <button type="button" onClick={() => setHops(hops + 1)}>
        Next hop
      </button>
      <PanelBoundary name="Trace panel">
        <TracePanel hops={hops} />
      </PanelBoundary>
    </>
  );
}

it('a panel that throws while it draws says so beside a canvas that keeps its state, and reloads', async () => {
  panelBroken = false;
  await settle(() => root.render(<Page />));
  await click('0 moves');
  await click('1 moves');
  expect(page.textContent).toContain('3 hops');

  panelBroken = true;
  await click('Next hop');
  expect(alert()?.textContent).toContain(
    'The Trace panel stopped working because of an error in VirtLab.',
  );
  expect(alert()?.textContent).toContain('Your datacenter and your work are safe');
  expect(alert()?.textContent).toContain('Cannot read properties of undefined');
  expect(caught).toHaveLength(1);
  // The canvas beside it was not drawn again from scratch: its count is still there.
  expect(button('2 moves')).toBeDefined();

  panelBroken = false;
  await click('Reload the Trace panel');
  expect(alert()).toBeNull();
  expect(page.textContent).toContain('4 hops');
  expect(button('2 moves')).toBeDefined();
});

it('a lazily loaded panel whose code did not arrive is asked for again only when reloaded', async () => {
  let loads = 0;
  const Orchestrator = lazyPanel(() => {
    loads += 1;
    return loads === 1
      ? Promise.reject(
          new TypeError('Failed to fetch dynamically imported module: /assets/Orchestrator.js'),
        )
      : Promise.resolve({ default: () => <p>Orchestrator on</p> });
  });
  await settle(() =>
    root.render(
      <PanelBoundary name="Orchestrator panel">
        <Suspense fallback={<p>Loading…</p>}>
          <Orchestrator />
        </Suspense>
      </PanelBoundary>,
    ),
  );
  expect(alert()?.textContent).toContain(
    'The Orchestrator panel could not be loaded: its code did not arrive (is the network down?).',
  );
  // React retries a suspended part by itself; the failed load must not turn into a loop.
  expect(loads).toBe(1);

  await click('Reload the Orchestrator panel');
  expect(loads).toBe(2);
  expect(alert()).toBeNull();
  expect(page.textContent).toContain('Orchestrator on');
});
