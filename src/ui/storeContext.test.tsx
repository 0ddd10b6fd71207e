// @vitest-environment happy-dom
import { Profiler, act } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { useShallow } from 'zustand/react/shallow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as simulation from '../engine/runtime';
import { type World, hostList } from '../engine/read';
import { defaultScenario } from '../scenarios/builtin/default';
import { type SandboxStoreApi, createSandboxStore } from '../store/sandboxStore';
import { selectHostNames, selectWorld } from '../store/selectors';
import { NEW_HOST } from './panels/paletteItems';
import { StoreContext, useDerived, useSandbox } from './storeContext';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let page: HTMLDivElement;
let root: Root;
let store: SandboxStoreApi;
/** How many times each component drew, as React's Profiler reports it. */
const renders = { names: 0, powered: 0, hosts: 0 };
const count = (id: string) => void (renders[id as keyof typeof renders] += 1);

/** What a panel might work out from the world: a fresh object on every call. */
const powered = (world: World) => ({ on: hostList(world).filter((h) => h.power === 'on').length });

function Names() {
  const names = useSandbox(useShallow(selectHostNames));
  return <p>{Object.values(names).join(', ')}</p>;
}
function Powered() {
  return <p>{useDerived(selectWorld, powered).on} on</p>;
}
/** The control: the hosts record is rewritten by every tick, so this draws every time. */
function Hosts() {
  return <p>{Object.keys(useSandbox((s) => s.session.state.world.hosts)).length}</p>;
}

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  Object.assign(renders, { names: 0, powered: 0, hosts: 0 });
  store = createSandboxStore(defaultScenario(), simulation);
  page = document.createElement('div');
  document.body.append(page);
  root = createRoot(page);
  act(() =>
    root.render(
      <StoreContext.Provider value={store}>
        <Profiler id="names" onRender={count}>
          <Names />
        </Profiler>
        <Profiler id="powered" onRender={count}>
          <Powered />
        </Profiler>
        <Profiler id="hosts" onRender={count}>
          <Hosts />
        </Profiler>
      </StoreContext.Provider>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  page.remove();
});

describe('subscriptions across ticks of the clock', () => {
  it('a list selector with useShallow and a useDerived value do not draw again; the hosts record does', () => {
    for (let i = 0; i < 3; i++) act(() => store.getState().advanceClock(1));
    expect(renders).toEqual({ names: 1, powered: 1, hosts: 4 });
  });

  it('they draw again when what they show changes', () => {
    const host = hostList(store.getState().session.state.world)[0]!;
    act(() => {
      store
        .getState()
        .dispatch({ type: 'updateHost', hostId: host.id, patch: { name: 'renamed' } });
    });
    expect(renders.names).toBe(2);
    expect(page.textContent).toContain('renamed');
    const on = hostList(store.getState().session.state.world).filter((h) => h.power === 'on');
    act(() => {
      expect(store.getState().dispatch({ type: 'addHost', spec: NEW_HOST })).toEqual({ ok: true });
    });
    expect(renders.powered).toBe(2);
    expect(page.textContent).toContain(`${on.length + 1} on`);
  });
});
