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
import { PowerSection } from '../components/PowerSection';
import { Explain } from '../components/Section';
import { useDerived, useSandbox } from '../storeContext';
import { CrashSection } from './CrashSection';

const START_STOP = ['Start', 'Stop'] as const;

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
  const power = (on: boolean): Command => ({ type: 'setContainerPower', containerId, on });
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
      <NumberFields fields={LIMITS} values={c} command={(k, v) => update({ [k]: v })} />
      <PowerSection words={START_STOP} running={running} off={c.state === 'off'} command={power} />
      <CrashSection id={c.id} />
      <CommandButton tone="danger" command={{ type: 'removeContainer', containerId }}>
        Remove container
      </CommandButton>
    </div>
  );
}
