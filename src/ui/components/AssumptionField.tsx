import type { Command } from '../../engine/read';
import { NumberField } from './Field';

interface AssumptionFieldProps {
  info: { label: string; unit: string; min: number; max: number; step: number; why: string };
  value: number;
  command: (value: number) => Command;
}

/** One labelled, editable assumption with the sentence that says why it matters. */
export function AssumptionField({ info, value, command }: AssumptionFieldProps) {
  return (
    <NumberField
      label={info.label}
      value={value}
      unit={info.unit}
      min={info.min}
      max={info.max}
      step={info.step}
      hint={info.why}
      command={command}
    />
  );
}
