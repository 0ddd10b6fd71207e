import {
  type Command,
  type ContainerId,
  type ContainerPatch,
  EXPLAIN,
  findContainer,
  runtimeById,
} from '../../engine';
import { selectWorld } from '../../store/selectors';
import { Button, CommandButton } from '../components/Button';
import { type FigureField, NumberFields, TextField } from '../components/Field';
import { Explain, Section } from '../components/Section';
import { useDerived, useSandbox } from '../storeContext';
import { CrashSection } from './CrashSection';

const LIMITS: readonly FigureField<'cpu' | 'memoryGb'>[] = [
  { key: 'cpu', label: 'CPU limit (cores)', step: 0.25 },
  { key: 'memoryGb', label: 'Memory limit (GB)', step: 0.25 },
];

/** One container: its limits, the kernel it shares, start and stop, crash, remove. */
export default function ContainerInspector({ id }: { id: ContainerId }) {
  const found = useDerived(selectWorld, findContainer, id);
  const select = useSandbox((s) => s.select);
  if (!found) return <p className="text-base text-slate-800">This container no longer exists.</p>;
  const { container: c, site } = found;
  const containerId = c.id;
  const update = (patch: ContainerPatch): Command => ({
    type: 'updateContainer',
    containerId,
    patch,
  });
  const running = c.state === 'running' || c.state === 'starting';
  return (
    <div>
      <h2 className="text-xl font-bold text-slate-900">Container {c.name}</h2>
      <p className="mb-1 text-sm text-slate-800">
        {c.state} · shares the kernel of{' '}
        <Button
          tone="link"
          onClick={() =>
            select(site.vm ? { kind: 'vm', id: site.vm.id } : { kind: 'host', id: site.host.id })
          }
        >
          {site.ownerName}
        </Button>{' '}
        ({runtimeById(site.runtime.product)?.name ?? site.runtime.product})
      </p>
      <Explain>{EXPLAIN.container}</Explain>
      <TextField label="Name" value={c.name} command={(name) => update({ name })} />
      <TextField label="Image" value={c.image} command={(image) => update({ image })} />
      <NumberFields
        columns={2}
        fields={LIMITS}
        values={c}
        command={(key, value) => update({ [key]: value })}
      />
      <Section title="Power">
        <div className="flex gap-2">
          <CommandButton
            tone="primary"
            disabled={running}
            command={{ type: 'setContainerPower', containerId, on: true }}
          >
            Start
          </CommandButton>
          <CommandButton
            disabled={c.state === 'off'}
            command={{ type: 'setContainerPower', containerId, on: false }}
          >
            Stop
          </CommandButton>
        </div>
      </Section>
      <CrashSection id={c.id} />
      <CommandButton tone="danger" command={{ type: 'removeContainer', containerId }}>
        Remove container
      </CommandButton>
    </div>
  );
}
