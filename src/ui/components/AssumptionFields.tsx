import type { AssumptionInfo, Command } from '../../engine/read';
import { NumberField } from './Field';

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
