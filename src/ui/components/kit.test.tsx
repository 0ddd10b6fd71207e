// @vitest-environment happy-dom
import { act } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allVms } from '../../engine/model/world';
import { defaultScenario } from '../../scenarios/builtin/default';
import { ACTIONS } from '../../store/actions';
import { type SandboxStoreApi, createSandboxStore } from '../../store/sandboxStore';
import { StoreContext, useSandbox } from '../storeContext';
import { ActionButton } from './ActionButton';
import { NumberField } from './Field';
import { type Column, Table } from './Table';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const scenario = defaultScenario();
const web1 = allVms(scenario.state.world).find((v) => v.name === 'web-1')!;

let page: HTMLDivElement;
let root: Root;
let store: SandboxStoreApi;

beforeEach(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  page = document.createElement('div');
  document.body.append(page);
  root = createRoot(page);
  store = createSandboxStore(scenario, await import('../../engine/runtime'));
});

afterEach(() => {
  act(() => root.unmount());
  page.remove();
});

const draw = (ui: React.ReactNode) =>
  act(() => root.render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>));

const vcpusOfWeb1 = () =>
  allVms(store.getState().session.state.world).find((v) => v.id === web1.id)?.vcpus;

/** web-1's vCPUs, bound to the command that sets them, as the VM inspector draws it. */
function VcpuField() {
  const vcpus = useSandbox(
    (s) => allVms(s.session.state.world).find((v) => v.id === web1.id)?.vcpus ?? 0,
  );
  return (
    <NumberField
      label="vCPUs"
      value={vcpus}
      command={(n) => ({ type: 'updateVm', vmId: web1.id, patch: { vcpus: n } })}
    />
  );
}

const input = () => page.querySelector('input')!;

/** Types into a React-controlled box the way a browser does, then presses a key. */
function typeAndPress(text: string, key: string) {
  act(() => {
    const box = input();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

const description = () =>
  (input().getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('NumberField', () => {
  it('ties its label to the box', () => {
    draw(<VcpuField />);
    const label = page.querySelector('label')!;
    expect(label.textContent).toBe('vCPUs');
    expect(document.getElementById(label.htmlFor)).toBe(input());
    expect(input().type).toBe('number');
  });

  it('dispatches the command built from the typed number, and follows the engine', () => {
    draw(<VcpuField />);
    typeAndPress('4', 'Enter');
    expect(vcpusOfWeb1()).toBe(4);
    expect(input().value).toBe('4');
    expect(input().getAttribute('aria-invalid')).toBeNull();
    act(() => store.getState().undo());
    expect(input().value).toBe(String(web1.vcpus));
  });

  it('keeps a refused value with the engine’s reason beside it, and Escape puts it back', () => {
    draw(<VcpuField />);
    typeAndPress('999', 'Enter');
    expect(vcpusOfWeb1()).toBe(web1.vcpus);
    expect(input().value).toBe('999');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(description()).toMatch(/vCPUs must be a whole number from 1 to 256/);
    typeAndPress('999', 'Escape');
    expect(input().value).toBe(String(web1.vcpus));
    expect(description()).toBe('');
  });

  it('sends an empty box as no number, so the engine says what it wants', () => {
    draw(<VcpuField />);
    typeAndPress('', 'Enter');
    expect(vcpusOfWeb1()).toBe(web1.vcpus);
    expect(description()).toMatch(/vCPUs/);
  });
});

describe('ActionButton', () => {
  const button = () => page.querySelector('button')!;

  it('names its shortcut in its tooltip and aria-keyshortcuts', () => {
    draw(<ActionButton action={ACTIONS.undo} />);
    expect(button().textContent).toBe('Undo');
    expect(button().title).toBe('Undo (Ctrl+Z)');
    expect(button().getAttribute('aria-keyshortcuts')).toBe('Control+Z');
  });

  it('can be pressed only when its action can run, and runs the registry’s action', () => {
    draw(<ActionButton action={ACTIONS.undo} />);
    expect(button().disabled).toBe(true);
    act(() => {
      store.getState().dispatch({ type: 'updateVm', vmId: web1.id, patch: { vcpus: 3 } });
    });
    expect(button().disabled).toBe(false);
    act(() => button().click());
    expect(vcpusOfWeb1()).toBe(web1.vcpus);
    expect(button().disabled).toBe(true);
  });

  it('follows the state in its words and pressed state', () => {
    draw(<ActionButton action={ACTIONS.playPause} />);
    expect(button().textContent).toBe('Play');
    expect(button().getAttribute('aria-pressed')).toBe('false');
    act(() => button().click());
    expect(button().textContent).toBe('Pause');
    expect(button().getAttribute('aria-pressed')).toBe('true');
  });
});

describe('Table', () => {
  const columns: readonly Column<{ name: string; gb: number }>[] = [
    { key: 'name', header: 'Host', rowHeader: true, cell: (r) => r.name },
    { key: 'gb', header: 'Memory', align: 'right', cell: (r) => `${r.gb} GB` },
  ];

  it('draws its columns from data, with its caption and row headers', () => {
    draw(
      <Table
        caption="Memory per host"
        columns={columns}
        rows={[
          { name: 'esx-01', gb: 256 },
          { name: 'esx-02', gb: 128 },
        ]}
        rowKey={(r) => r.name}
      />,
    );
    expect(page.querySelector('caption')?.textContent).toBe('Memory per host');
    const headers = [...page.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Host', 'Memory']);
    const rows = [...page.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => tr.querySelector('th[scope="row"]')?.textContent)).toEqual([
      'esx-01',
      'esx-02',
    ]);
    expect(rows[1]?.querySelector('td')?.textContent).toBe('128 GB');
    expect(rows[1]?.querySelector('td')?.className).toContain('text-right');
  });
});
