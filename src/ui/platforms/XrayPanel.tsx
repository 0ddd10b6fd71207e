import {
  type Host,
  type Isolation,
  type LayerRole,
  type World,
  type XrayKernel,
  type XrayLayer,
  findContainer,
  findVm,
  layerXray,
} from '../../engine';
import { selectWorld } from '../../store/selectors';
import type { Selection } from '../../store/uiSlice';
import { useDerived, useSandbox } from '../storeContext';

const ROLE_STYLE: Record<LayerRole, string> = {
  hardware: 'border-slate-700 bg-slate-200',
  hypervisor: 'border-teal-700 bg-teal-50',
  'host-os': 'border-amber-700 bg-amber-50',
  os: 'border-amber-700 bg-amber-50',
  vm: 'border-blue-800 bg-blue-50',
  'guest-os': 'border-amber-600 bg-amber-50',
  'hidden-vm': 'border-dashed border-blue-800 bg-blue-50',
  runtime: 'border-cyan-800 bg-cyan-50',
  container: 'border-cyan-800 bg-white',
  app: 'border-slate-500 bg-white',
};

const BOUNDARY_STYLE = {
  hypervisor: 'border-blue-800 text-blue-950',
  kernel: 'border-red-700 text-red-900',
  process: 'border-slate-600 text-slate-800',
} as const;

/** A boundary's short name, drawn on the line; its full sentence is in the legend below. */
const BOUNDARY_NAME = {
  hypervisor: 'Isolation boundary: the hypervisor (a kernel per VM)',
  kernel: 'Isolation boundary: namespaces and cgroups on one shared kernel',
  process: 'Only users and permissions between these processes',
} as const;

/**
 * Leaves (containers, apps) stand side by side; layers with stacks of their own (VMs) are
 * drawn one above the other, so each stack keeps the panel's full width.
 */
const sideBySide = (l: XrayLayer) =>
  l.above.length > 1 && l.above.every((a) => a.above.length === 0);

/** Every boundary drawn in the X-ray, once each, for the legend. */
function boundariesOf(root: XrayLayer): Isolation[] {
  const found = new Map<Isolation['kind'], Isolation>();
  const walk = (l: XrayLayer) => {
    if (l.isolates) found.set(l.isolates.kind, l.isolates);
    l.above.forEach(walk);
  };
  walk(root);
  return [...found.values()];
}

/** The host the selection sits on: the host itself, or a VM's, a container's, a switch's. */
function hostOf(world: World, sel: Selection): Host | undefined {
  if (!sel) return undefined;
  if (sel.kind === 'host') return world.hosts[sel.id];
  if (sel.kind === 'vm') return findVm(world, sel.id)?.host;
  if (sel.kind === 'container') return findContainer(world, sel.id)?.site.host;
  if (sel.kind === 'vswitch') return world.hosts[sel.hostId];
  return undefined;
}

/** Kernels are numbered so each layer can say which one it runs on; `containers` share it. */
type KernelIndex = ReadonlyMap<string, { n: number; kernel: XrayKernel; containers: number }>;

function indexKernels(root: XrayLayer, kernels: readonly XrayKernel[]): KernelIndex {
  const roles = new Map<string, LayerRole>();
  const walk = (l: XrayLayer) => {
    roles.set(l.key, l.role);
    l.above.forEach(walk);
  };
  walk(root);
  return new Map(
    kernels.map((kernel, i) => [
      kernel.key,
      {
        n: i + 1,
        kernel,
        containers: kernel.usedBy.filter((k) => roles.get(k) === 'container').length,
      },
    ]),
  );
}

const containersText = (n: number) => `${n} container${n === 1 ? '' : 's'}`;

/** One layer, drawn bottom to top: itself, the isolation boundary, then what stands on it. */
function Layer({ layer, kernels }: { layer: XrayLayer; kernels: KernelIndex }) {
  const setHighlight = useSandbox((s) => s.setHighlight);
  const subject = layer.subject;
  const own = layer.ownsKernel ? kernels.get(layer.key) : undefined;
  const on = layer.kernel && !layer.ownsKernel ? kernels.get(layer.kernel) : undefined;
  const shared = own?.containers ?? 0;
  const status = layer.status !== 'up';
  return (
    <li className="flex flex-col-reverse">
      <div
        className={`rounded border-2 px-2 py-1 text-sm text-slate-900 ${status && layer.status === 'down' ? 'border-red-700 bg-red-100' : ROLE_STYLE[layer.role]}`}
      >
        {subject ? (
          <button
            type="button"
            title="Show it on the canvas"
            onClick={() => setHighlight([subject])}
            className="text-left font-semibold underline decoration-dotted"
          >
            {layer.label}
          </button>
        ) : (
          <span className="font-semibold">{layer.label}</span>
        )}
        {own && (
          <span className="ml-1 rounded bg-amber-800 px-1 font-bold text-white">
            owns kernel {own.n}
          </span>
        )}
        {on && <span className="ml-1 text-slate-800">· on kernel {on.n}</span>}
        {status && (
          <span
            className={`ml-1 rounded px-1 font-bold ${layer.status === 'down' ? 'bg-red-700 text-white' : 'bg-slate-300 text-slate-900'}`}
          >
            {layer.status === 'down' ? 'DOWN' : 'off'}
          </span>
        )}
        {shared > 0 && (
          <span className="mt-0.5 block rounded bg-amber-200 px-1 font-bold text-amber-950">
            Shared kernel: {containersText(shared)} run{shared === 1 ? 's' : ''} on this one kernel.
          </span>
        )}
      </div>
      {layer.isolates && (
        <p
          className={`my-1 border-t-4 border-dashed pt-0.5 text-sm font-semibold ${BOUNDARY_STYLE[layer.isolates.kind]}`}
        >
          {BOUNDARY_NAME[layer.isolates.kind]}
        </p>
      )}
      {layer.above.length > 0 && (
        <ul
          className={`mb-1 ml-2 grid gap-1 ${sideBySide(layer) ? 'grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))]' : ''}`}
        >
          {layer.above.map((l) => (
            <Layer key={l.key} layer={l} kernels={kernels} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The layer X-ray of the selected host: who owns which kernel, where isolation lies. */
export default function XrayPanel() {
  const selection = useSandbox((s) => s.selection);
  const host = useDerived(selectWorld, hostOf, selection);
  if (!host)
    return (
      <p className="p-3 text-base text-slate-800">
        Select a host (or anything on it) to see its layers: which layer owns which kernel, and
        where the isolation boundary lies.
      </p>
    );
  const xray = layerXray(host);
  const kernels = indexKernels(xray.root, xray.kernels);
  return (
    <section aria-labelledby="xray-title" className="p-3">
      <h2 id="xray-title" className="text-xl font-bold text-slate-900">
        Layer X-ray of {host.name}
      </h2>
      <h3 className="mb-1 text-sm font-bold uppercase tracking-wide text-slate-700">
        Layers, hardware at the bottom
      </h3>
      <ul aria-label={`Layers of ${host.name}, hardware first`}>
        <Layer layer={xray.root} kernels={kernels} />
      </ul>
      <p className="my-2 text-base text-slate-900">{xray.summary}</p>
      <h3 className="text-sm font-bold uppercase tracking-wide text-slate-700">
        Isolation boundaries
      </h3>
      <ul className="mb-3 text-sm text-slate-900">
        {boundariesOf(xray.root).map((b) => (
          <li key={b.kind} className={`border-l-4 border-dashed pl-2 ${BOUNDARY_STYLE[b.kind]}`}>
            {b.text}
          </li>
        ))}
      </ul>
      <h3 className="text-sm font-bold uppercase tracking-wide text-slate-700">Kernels</h3>
      <ol className="mb-3 list-decimal pl-5 text-sm text-slate-900">
        {[...kernels.values()].map(({ kernel, containers }) => (
          <li key={kernel.key}>
            <strong>{kernel.label}</strong>: {kernel.usedBy.length} layer
            {kernel.usedBy.length === 1 ? '' : 's'} run on it
            {containers > 0 && `, shared by ${containersText(containers)}`}.
          </li>
        ))}
      </ol>
    </section>
  );
}
