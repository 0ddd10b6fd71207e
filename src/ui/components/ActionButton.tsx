import { useRef } from 'react';
import { type Action, ariaShortcut } from '../../store/actions';
import { useSandbox, useStoreApi } from '../storeContext';
import { Button } from './Button';

/** The tooltip and accessible description: what the action does, and its shortcut. */
export const describeAction = (action: Action): string =>
  action.shortcut ? `${action.label} (${action.shortcut})` : action.label;

/**
 * A toolbar button for one action of the registry: its words, whether it can be pressed and
 * whether it is on all come from the action, and its tooltip names the shortcut that does the
 * same. An action on a file opens the browser's file picker first.
 */
export function ActionButton({ action }: { action: Action }) {
  const store = useStoreApi();
  const text = useSandbox((s) =>
    typeof action.text === 'function' ? action.text(s) : (action.text ?? action.label),
  );
  const enabled = useSandbox((s) => action.enabled?.(s) ?? true);
  const pressed = useSandbox((s) => action.pressed?.(s));
  const picker = useRef<HTMLInputElement>(null);
  const button = (
    <Button
      tone="toolbar"
      size="base"
      disabled={!enabled}
      pressed={pressed}
      title={describeAction(action)}
      keyShortcuts={ariaShortcut(action)}
      onClick={() => (action.file ? picker.current?.click() : void action.perform(store))}
    >
      {text}
    </Button>
  );
  if (!action.file) return button;
  return (
    <>
      {button}
      <input
        ref={picker}
        type="file"
        accept={action.file.accept}
        className="hidden"
        aria-label={action.file.label}
        data-testid={`${action.name}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void action.perform(store, file);
          e.target.value = '';
        }}
      />
    </>
  );
}
