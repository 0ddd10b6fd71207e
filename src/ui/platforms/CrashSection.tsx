import type { KernelOwnerId } from '../../engine/read';
import type { EngineRuntime } from '../../store/sessionSlice';
import { Button, Section } from '../components/Section';
import { useSandbox } from '../storeContext';
import { useDispatchAndShow } from './useShowDown';

/**
 * Crash buttons for a host's layers, a VM's guest or one container, each saying its blast
 * radius before it is pressed; and a restart for what already crashed.
 */
export function CrashSection({
  rt,
  id,
  crashed,
  recoverLabel,
}: {
  rt: EngineRuntime;
  /** Host, VM or container id. */
  id: string;
  /** Whether something here is down and can be restarted (hosts and VMs only). */
  crashed: boolean;
  recoverLabel?: string;
}) {
  const world = useSandbox((s) => s.session.state.world);
  const run = useDispatchAndShow();
  const options = rt.crashOptions(world, id);
  return (
    <Section title="Failures">
      <ul className="space-y-2">
        {options.map((o) => (
          <li key={o.label} className="text-sm text-slate-900">
            <Button
              tone="danger"
              disabled={!o.blast}
              onClick={() => run(rt.crashCommand(o.target))}
            >
              {o.label}
            </Button>
            <p className="mt-0.5">
              {o.blast
                ? `Takes down ${rt.describeWorkloads(o.blast.down)}. ${o.blast.why}`
                : o.reason}
            </p>
          </li>
        ))}
      </ul>
      {crashed && recoverLabel && (
        <div className="mt-2">
          <Button tone="primary" onClick={() => run({ type: 'recover', on: id as KernelOwnerId })}>
            {recoverLabel}
          </Button>
        </div>
      )}
    </Section>
  );
}
