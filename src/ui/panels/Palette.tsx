import type { DragEvent } from 'react';
import { useStoreApi } from '../storeContext';
import { NEW_HOST, NEW_VM, PALETTE_MIME, addFromPalette } from './paletteItems';

const ITEMS = [
  {
    item: 'host',
    label: 'Add host',
    hint: `${NEW_HOST.cpuCores} cores · ${NEW_HOST.memoryGb} GB · ESXi`,
  },
  { item: 'vm', label: 'Add VM', hint: `${NEW_VM.vcpus} vCPU · ${NEW_VM.memoryGb} GB · Ubuntu` },
] as const;

/** Drag an item onto the canvas (a VM onto a host), or press it to add it where it fits. */
export function Palette() {
  const store = useStoreApi();
  const onDragStart = (e: DragEvent, item: string) => {
    e.dataTransfer.setData(PALETTE_MIME, item);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <section
      aria-labelledby="palette-title"
      className="flex items-center gap-2 border-b border-slate-300 bg-white px-2 py-1"
    >
      <h2 id="palette-title" className="text-base font-bold text-slate-900">
        Palette
      </h2>
      <div className="flex gap-2">
        {ITEMS.map(({ item, label, hint }) => (
          <button
            key={item}
            type="button"
            draggable
            onDragStart={(e) => onDragStart(e, item)}
            onClick={() => addFromPalette(store, item)}
            className="cursor-grab rounded border-2 border-dashed border-slate-600 bg-white px-2 py-0.5 text-left hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-blue-700"
          >
            <span className="font-semibold text-slate-900">{label}</span>
            <span className="ml-2 text-sm text-slate-700">{hint}</span>
          </button>
        ))}
      </div>
      <p className="text-sm text-slate-700">
        Drag onto the canvas (a VM onto a host), or press to add.
      </p>
    </section>
  );
}
