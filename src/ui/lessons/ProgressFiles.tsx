import { useRef } from 'react';
import { exportProgress, importProgress } from '../../store/lessonPlay';
import { Button } from '../components/Button';
import { Section } from '../components/Section';
import { useStoreApi } from '../storeContext';

/** The progress as a file: to keep, or to carry to another browser. */
export function ProgressFiles() {
  const store = useStoreApi();
  const picker = useRef<HTMLInputElement>(null);
  return (
    <Section title="Your progress">
      <p className="mb-2 text-sm text-slate-800">
        Kept in this browser. Save it as a file to carry it to another one.
      </p>
      <div className="flex gap-2">
        <Button onClick={() => exportProgress(store)} title="Save your lesson progress as a file">
          Export progress
        </Button>
        <Button
          onClick={() => picker.current?.click()}
          title="Add the progress kept in a file to this browser's"
        >
          Import progress
        </Button>
      </div>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        className="hidden"
        aria-label="Import progress file"
        data-testid="progress-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importProgress(store, file, file.name);
          e.target.value = '';
        }}
      />
    </Section>
  );
}
