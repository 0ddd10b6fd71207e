import type { ContainerRuntimeProduct, HypervisorProduct } from '../../engine/read';

/** One hypervisor's catalog entry: its facts and its one-line teaching note. */
export function HypervisorCard({ product }: { product: HypervisorProduct }) {
  return (
    <div className="mb-2 rounded border border-teal-700 bg-teal-50 p-2 text-sm text-slate-900">
      <p className="font-bold">
        {product.name} · type {product.type} · {product.vendor}
      </p>
      <p>Kernel under the VMs: {product.kernel}.</p>
      <p className="mt-1 font-semibold">{product.note}</p>
      {product.correction && (
        <p className="mt-1 rounded bg-amber-100 p-1">
          <strong>Why type {product.type}?</strong> {product.correction}
        </p>
      )}
    </div>
  );
}

/** One container runtime's catalog entry; a historical one says so first. */
export function RuntimeCard({ runtime }: { runtime: ContainerRuntimeProduct }) {
  const historical = runtime.status === 'historical';
  return (
    <div
      className={`mb-2 rounded border p-2 text-sm text-slate-900 ${historical ? 'border-slate-500 bg-slate-100' : 'border-cyan-800 bg-cyan-50'}`}
    >
      <p className="font-bold">
        {runtime.name} · {runtime.project}
        {historical && (
          <span className="ml-1 rounded bg-slate-700 px-1.5 text-white">historical</span>
        )}
      </p>
      <p>Chain: {runtime.chain.join(' → ')}</p>
      <p>{runtime.daemon ? 'A daemon owns the containers.' : 'No daemon.'}</p>
      <ul className="ml-4 list-disc">
        {runtime.facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <p className="mt-1 font-semibold">{runtime.note}</p>
      {runtime.correction && <p className="mt-1 rounded bg-amber-100 p-1">{runtime.correction}</p>}
    </div>
  );
}
