import { type ReactNode, useId, useState } from 'react';
import type { Command } from '../../engine/read';
import { type Tone, controlClass } from './styles';
import { num, useCommit } from './useCommit';

/** Where a field's label sits: above it, beside it, or only for screen readers (a table cell). */
export interface LabelPlacement {
  /** The label is read by screen readers only; the field has no margin of its own. */
  hideLabel?: boolean;
  /** The label stands beside the control, which keeps its own width (a toolbar). */
  inline?: boolean;
  /**
   * The label, the box and the reason sit in three rows of the grid around the field, so the
   * boxes of a row of fields line up whatever their labels and reasons (NumberFields).
   */
  aligned?: boolean;
}

interface FrameProps extends LabelPlacement {
  /** The control's id, which the label points at. */
  id: string;
  label: ReactNode;
  /** A unit or ratio after the control ("GB", ":1"). */
  suffix?: ReactNode;
  /** A sentence under the field saying what the figure means. */
  hint?: ReactNode;
  /** The engine's reason for refusing the value, under the field. */
  error?: string | null;
  children: ReactNode;
}

/** The ids a control's `aria-describedby` names: its hint, then its refusal. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  );
}

/** A label tied to its control, the control's unit, and the hint and refusal under it. */
export function FieldFrame({
  id,
  label,
  hideLabel,
  inline,
  aligned,
  suffix,
  hint,
  error,
  children,
}: FrameProps) {
  const labelClass = hideLabel
    ? 'sr-only'
    : `${inline ? '' : 'block'} ${aligned ? 'self-end' : ''} text-sm font-semibold text-slate-800`;
  const frameClass = inline
    ? 'flex items-center gap-1'
    : hideLabel
      ? ''
      : `mb-2 ${aligned ? 'row-span-3 grid grid-rows-subgrid' : ''}`;
  return (
    <div className={frameClass}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <div className="flex items-center gap-1">
        {children}
        {suffix && <span className="text-sm text-slate-700">{suffix}</span>}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-0.5 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

interface InputProps extends LabelPlacement {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number';
  step?: number;
  suffix?: string;
  placeholder?: string;
  tone?: Tone;
}

/**
 * A labelled box whose every keystroke counts at once: a form's draft (a VM to deploy, a port
 * group to add) that a button sends. A field bound to the engine is a TextField or NumberField.
 */
export function Input({
  label,
  value,
  onChange,
  type = 'text',
  suffix,
  tone = 'light',
  ...rest
}: InputProps) {
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label={label}
      suffix={suffix}
      hideLabel={rest.hideLabel}
      inline={rest.inline}
    >
      <input
        id={id}
        type={type}
        step={rest.step}
        placeholder={rest.placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={controlClass(tone, false, !rest.inline)}
      />
    </FieldFrame>
  );
}

/**
 * What the learner types, kept until it is committed (Enter, or leaving the box) and then sent
 * to the engine. A refused value stays in the box with the reason beside it, so the learner can
 * correct it rather than retype it; Escape puts the engine's value back. When the engine's value
 * changes (undo, another edit), the box follows it.
 */
function useDraft(value: string, commit: (text: string) => string | null) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
    setError(null);
  }
  const save = () => {
    if (draft !== value) setError(commit(draft));
  };
  const restore = () => {
    setDraft(value);
    setError(null);
  };
  return { draft, setDraft, error, save, restore };
}

interface BoundProps extends LabelPlacement {
  label: string;
  hint?: ReactNode;
}

/** A box bound to one engine command: it dispatches on commit and shows the refusal. */
function BoundInput({
  type,
  value,
  toCommand,
  suffix,
  limits,
  ...frame
}: BoundProps & {
  type: 'text' | 'number';
  value: string;
  toCommand: (text: string) => Command;
  suffix?: string;
  limits?: { min?: number; max?: number; step?: number };
}) {
  const id = useId();
  const commit = useCommit();
  const { draft, setDraft, error, save, restore } = useDraft(value, (text) =>
    commit(toCommand(text)),
  );
  return (
    <FieldFrame id={id} suffix={suffix} error={error} {...frame}>
      <input
        id={id}
        type={type}
        {...limits}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, frame.hint, error)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') restore();
        }}
        className={controlClass('light', error !== null, !frame.inline)}
      />
    </FieldFrame>
  );
}

/** A text field bound to a command built from the trimmed text (a name, an address). */
export function TextField({
  value,
  command,
  ...rest
}: BoundProps & { value: string; command: (text: string) => Command }) {
  return <BoundInput type="text" value={value} toCommand={(t) => command(t.trim())} {...rest} />;
}

/**
 * A number field bound to a patch command: it parses what was typed (an empty box is no
 * number), builds the command from it, dispatches it, and shows the engine's refusal beside
 * the field. The ranges themselves are the engine's, so the learner reads one rule in one place.
 */
export function NumberField({
  value,
  unit,
  min,
  max,
  step,
  command,
  ...rest
}: BoundProps & {
  value: number;
  unit?: string;
  min?: number;
  max?: number;
  step?: number;
  command: (value: number) => Command;
}) {
  return (
    <BoundInput
      type="number"
      value={String(value)}
      toCommand={(t) => command(num(t))}
      suffix={unit}
      limits={{ min, max, step }}
      {...rest}
    />
  );
}

/** One figure of a NumberFields grid: which key it edits, and how it is labelled. */
export interface FigureField<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly unit?: string;
  readonly step?: number;
}

/**
 * Several figures of one thing side by side (a host's cores, memory and storage), each a
 * NumberField whose command is built from its key and the new value. Three figures stand in
 * one row, others two to a row, so a box stays wide enough for its number; the boxes of a row
 * line up when a label takes two lines or a reason stands under one of them.
 */
export function NumberFields<K extends string>({
  fields,
  values,
  command,
}: {
  fields: readonly FigureField<K>[];
  values: Readonly<Record<K, number>>;
  command: (key: K, value: number) => Command;
}) {
  return (
    <div className={`grid gap-x-2 ${fields.length === 3 ? 'grid-cols-3' : 'grid-cols-2'}`}>
      {fields.map((f) => (
        <NumberField
          key={f.key}
          aligned
          label={f.label}
          unit={f.unit}
          step={f.step}
          value={values[f.key]}
          command={(value) => command(f.key, value)}
        />
      ))}
    </div>
  );
}
