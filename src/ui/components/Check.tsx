import type { ReactNode } from 'react';
import { FOCUS_RING } from './styles';

/** A checkbox with its label beside it; the whole label can be pressed. */
export function Check({
  label,
  checked,
  onChange,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="mb-1 flex items-center gap-2 text-base text-slate-900">
      <input
        type="checkbox"
        className={`h-5 w-5 shrink-0 ${FOCUS_RING}`}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
