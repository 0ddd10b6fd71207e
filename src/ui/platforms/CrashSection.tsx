import {
  type ContainerId,
  type KernelOwnerId,
  crashCommand,
  crashOptions,
  describeWorkloads,
} from '../../engine';
import { selectWorld } from '../../store/selectors';
import { Button } from '../components/Button';
import { Section } from '../components/Section';
import { useDerived } from '../storeContext';
import { useDispatchAndShow } from './useShowDown';

/**
 * Crash buttons for a host's layers, a VM's guest or one container, each saying its blast
 * radius before it is pressed; and a restart for what already crashed.
 */
export function CrashSection({
  id,
  recover,
}: {
  /** Host, VM or container id. */
  id: KernelOwnerId | ContainerId;
  /** The restart of what is down here, and its button's words (hosts and VMs only). */
  recover?: { readonly on: KernelOwnerId; readonly label: string } | null;
}) {
  const run = useDispatchAndShow();
  const options = useDerived(selectWorld, crashOptions, id);
  return (
    <Section title="Failures">
      <ul className="space-y-2">
        {options.map((o) => (
          <li key={o.label} className="text-sm text-slate-900">
            <Button tone="danger" disabled={!o.blast} onClick={() => run(crashCommand(o.target))}>
              {o.label}
            </Button>
            <p className="mt-0.5">
              {o.blast ? `Takes down ${describeWorkloads(o.blast.down)}. ${o.blast.why}` : o.reason}
            </p>
          </li>
        ))}
      </ul>
      {recover && (
        <div className="mt-2">
          <Button tone="primary" onClick={() => run({ type: 'recover', on: recover.on })}>
            {recover.label}
          </Button>
        </div>
      )}
    </Section>
  );
}
