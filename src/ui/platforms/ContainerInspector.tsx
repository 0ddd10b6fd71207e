import { type ContainerId, EXPLAIN, findContainer, runtimeById } from '../../engine';
import { selectWorld } from '../../store/selectors';
import { Field } from '../components/Field';
import { Button, Explain, Section } from '../components/Section';
import { useDerived, useSandbox } from '../storeContext';
import { num, useCommit } from '../panels/useCommit';
import { CrashSection } from './CrashSection';

/** One container: its limits, the kernel it shares, start and stop, crash, remove. */
export default function ContainerInspector({ id }: { id: ContainerId }) {
  const found = useDerived(selectWorld, findContainer, id);
  const select = useSandbox((s) => s.select);
  const commit = useCommit();
  if (!found) return <p className="text-base text-slate-800">This container no longer exists.</p>;
  const { container: c, site } = found;
  const containerId = c.id;
  const patch = (p: Parameters<typeof commit>[0] & { type: 'updateContainer' }) => commit(p);
  const running = c.state === 'running' || c.state === 'starting';
  return (
    <div>
      <h2 className="text-xl font-bold text-slate-900">Container {c.name}</h2>
      <p className="mb-1 text-sm text-slate-800">
        {c.state} · shares the kernel of{' '}
        <button
          type="button"
          className="font-semibold text-blue-900 underline"
          onClick={() =>
            select(site.vm ? { kind: 'vm', id: site.vm.id } : { kind: 'host', id: site.host.id })
          }
        >
          {site.ownerName}
        </button>{' '}
        ({runtimeById(site.runtime.product)?.name ?? site.runtime.product})
      </p>
      <Explain>{EXPLAIN.container}</Explain>
      <Field
        label="Name"
        value={c.name}
        onCommit={(v) => patch({ type: 'updateContainer', containerId, patch: { name: v.trim() } })}
      />
      <Field
        label="Image"
        value={c.image}
        onCommit={(v) =>
          patch({ type: 'updateContainer', containerId, patch: { image: v.trim() } })
        }
      />
      <div className="grid grid-cols-2 gap-x-2">
        <Field
          label="CPU limit (cores)"
          type="number"
          step={0.25}
          value={c.cpu}
          onCommit={(v) => patch({ type: 'updateContainer', containerId, patch: { cpu: num(v) } })}
        />
        <Field
          label="Memory limit (GB)"
          type="number"
          step={0.25}
          value={c.memoryGb}
          onCommit={(v) =>
            patch({ type: 'updateContainer', containerId, patch: { memoryGb: num(v) } })
          }
        />
      </div>
      <Section title="Power">
        <div className="flex gap-2">
          <Button
            tone="primary"
            disabled={running}
            onClick={() => commit({ type: 'setContainerPower', containerId, on: true })}
          >
            Start
          </Button>
          <Button
            disabled={c.state === 'off'}
            onClick={() => commit({ type: 'setContainerPower', containerId, on: false })}
          >
            Stop
          </Button>
        </div>
      </Section>
      <CrashSection id={c.id} />
      <Button tone="danger" onClick={() => commit({ type: 'removeContainer', containerId })}>
        Remove container
      </Button>
    </div>
  );
}
