import type { Command } from '../../engine/read';
import { CommandButton } from './Button';
import { Section } from './Section';

/**
 * The Power section of a VM or a container: one button turns it on, one off, each pressable
 * only when it would change something.
 */
export function PowerSection({
  words,
  running,
  off,
  command,
}: {
  /** The two buttons' words: ["Power on", "Power off"], ["Start", "Stop"]. */
  words: readonly [string, string];
  running: boolean;
  off: boolean;
  command: (on: boolean) => Command;
}) {
  return (
    <Section title="Power">
      <div className="flex gap-2">
        <CommandButton tone="primary" disabled={running} command={command(true)}>
          {words[0]}
        </CommandButton>
        <CommandButton disabled={off} command={command(false)}>
          {words[1]}
        </CommandButton>
      </div>
    </Section>
  );
}
