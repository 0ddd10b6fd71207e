import { type FormEvent, useState } from 'react';
import type { Command } from '../../engine/read';
import { Button } from './Button';
import { Input } from './Field';
import { useCommit } from './useCommit';

export interface AddField<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly initial: string;
  readonly type?: 'text' | 'number';
  readonly step?: number;
}

/** What a form with these fields hands its command: the text typed in each, by key. */
export type AddValues<F extends readonly AddField<string>[]> = Readonly<
  Record<F[number]['key'], string>
>;

/** The name a learner typed, or nothing, so the engine picks one ("app-3"). */
export const nameIfGiven = (text: string): { name?: string } =>
  text.trim() ? { name: text.trim() } : {};

/**
 * A small form that adds one thing (an app, a container) by the command built from what was
 * typed. A refused add keeps what was typed and shows the engine's reason, so the learner can
 * correct it; an add that is taken starts the form afresh for the next one.
 */
export function AddForm<K extends string>({
  title,
  fields,
  submitLabel,
  command,
}: {
  title: string;
  fields: readonly AddField<K>[];
  submitLabel: string;
  command: (values: Readonly<Record<K, string>>) => Command;
}) {
  const commit = useCommit();
  // fromEntries forgets the keys' type; they are the fields' own.
  const initial = () =>
    Object.fromEntries(fields.map((f) => [f.key, f.initial])) as Record<K, string>;
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = commit(command(values));
    setError(refused);
    if (refused === null) setValues(initial());
  };
  return (
    <form onSubmit={submit} aria-label={title} className="mt-2 rounded border border-slate-300 p-2">
      <p className="mb-1 text-sm font-bold text-slate-800">{title}</p>
      <div className="grid grid-cols-2 gap-x-2">
        {fields.map(({ key, initial: _initial, ...input }) => (
          <Input
            key={key}
            {...input}
            value={values[key]}
            onChange={(v) => setValues({ ...values, [key]: v })}
          />
        ))}
      </div>
      {error && <p className="mb-1 text-sm text-red-800">{error}</p>}
      <Button tone="primary" type="submit">
        {submitLabel}
      </Button>
    </form>
  );
}
