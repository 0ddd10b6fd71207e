import { Field } from './Field';

interface AssumptionFieldProps {
  info: { label: string; unit: string; min: number; max: number; step: number; why: string };
  value: number;
  /** Commits the typed text; returns the engine's refusal, or null. */
  onCommit: (text: string) => string | null;
}

/** One labelled, editable assumption with the sentence that says why it matters. */
export function AssumptionField({ info, value, onCommit }: AssumptionFieldProps) {
  return (
    <div>
      <Field
        label={info.label}
        type="number"
        step={info.step}
        min={info.min}
        max={info.max}
        value={value}
        suffix={info.unit}
        onCommit={onCommit}
      />
      <p className="-mt-1 mb-2 text-sm text-slate-700">{info.why}</p>
    </div>
  );
}
