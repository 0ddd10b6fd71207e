import { useId } from 'react';
import { FieldFrame, type LabelPlacement } from './Field';
import { type Tone, controlClass } from './styles';

export interface Option<V extends string = string> {
  readonly value: V;
  readonly label: string;
  readonly disabled?: boolean;
}

/** A labelled drop-down list, its options as data, sized for a projector. */
export function Select<V extends string>({
  label,
  value,
  options,
  onChange,
  tone = 'light',
  ...placement
}: LabelPlacement & {
  label: string;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  tone?: Tone;
}) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} {...placement}>
      <select
        id={id}
        value={value}
        // The value is one of the options' own.
        onChange={(e) => onChange(e.target.value as V)}
        className={controlClass(tone, false, !placement.inline)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
