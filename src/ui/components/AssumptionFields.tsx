import type { Command } from '../../engine/read';
import { NumberField } from './Field';

/** What the engine says about one assumption: its words, unit, range and why it matters. */
interface AssumptionInfo {
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly why: string;
}

/**
 * Labelled, editable assumptions (the simulation's or the cost study's), each with the sentence
 * that says why it matters, and bound to the command that sets it.
 */
export function AssumptionFields<K extends string>({
  keys,
  infos,
  values,
  command,
}: {
  keys: readonly K[];
  infos: Readonly<Record<K, AssumptionInfo>>;
  values: Readonly<Record<K, number>>;
  command: (key: K, value: number) => Command;
}) {
  return keys.map((key) => {
    const { label, unit, min, max, step, why } = infos[key];
    return (
      <NumberField
        key={key}
        label={label}
        value={values[key]}
        unit={unit}
        min={min}
        max={max}
        step={step}
        hint={why}
        command={(value) => command(key, value)}
      />
    );
  });
}
