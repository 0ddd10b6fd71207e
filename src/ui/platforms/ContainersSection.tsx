import {
  type Container,
  type ContainerRuntime,
  type KernelOwnerId,
  runtimeById,
} from '../../engine/read';
import { AddForm, nameIfGiven } from '../components/AddForm';
import { Button, CommandButton } from '../components/Button';
import { Section } from '../components/Section';
import { num } from '../components/useCommit';
import { useSandbox } from '../storeContext';
import { useDispatchAndShow } from './useShowDown';

/** A new container's name (blank: the engine picks one), image and limits. */
const CONTAINER_FIELDS = [
  { key: 'name', label: 'Name', initial: '' },
  { key: 'image', label: 'Image', initial: 'nginx:1.27' },
  { key: 'cpu', label: 'CPU limit (cores)', initial: '0.5', type: 'number', step: 0.25 },
  { key: 'memoryGb', label: 'Memory limit (GB)', initial: '0.5', type: 'number', step: 0.25 },
] as const;

const holds = (c: Container) => c.state === 'running' || c.state === 'starting';

/** The containers on one kernel, with start, stop, crash and remove, and a form to add one. */
export function ContainersSection({
  owner,
  ownerName,
  runtime,
}: {
  owner: KernelOwnerId;
  ownerName: string;
  runtime: ContainerRuntime;
}) {
  const run = useDispatchAndShow();
  const select = useSandbox((s) => s.select);
  const containers = Object.values(runtime.containers);
  return (
    <Section title={`Containers on ${ownerName}'s kernel`}>
      <p className="mb-1 text-sm text-slate-800">
        {runtimeById(runtime.product)?.name ?? runtime.product}: every container here shares one
        kernel.
      </p>
      {containers.length === 0 && <p className="text-sm text-slate-800">No containers yet.</p>}
      <ul className="space-y-1.5">
        {containers.map((c) => {
          const id = c.id;
          return (
            <li key={c.id} className="rounded border border-slate-300 p-1.5 text-sm">
              <Button tone="link" onClick={() => select({ kind: 'container', id })}>
                {c.name}
              </Button>{' '}
              · {c.image} · {c.state} · {c.cpu} CPU · {c.memoryGb} GB
              <div className="mt-1 flex flex-wrap gap-1">
                <CommandButton
                  command={{ type: 'setContainerPower', containerId: id, on: !holds(c) }}
                >
                  {holds(c) ? 'Stop' : 'Start'} {c.name}
                </CommandButton>
                <Button
                  tone="danger"
                  disabled={!holds(c)}
                  onClick={() =>
                    run({ type: 'crash', target: { kind: 'container', containerId: id } })
                  }
                >
                  Crash {c.name}
                </Button>
                <CommandButton tone="danger" command={{ type: 'removeContainer', containerId: id }}>
                  Remove {c.name}
                </CommandButton>
              </div>
            </li>
          );
        })}
      </ul>
      <AddForm
        title="Add a container"
        submitLabel="Add container"
        fields={CONTAINER_FIELDS}
        command={(v) => ({
          type: 'addContainer',
          on: owner,
          spec: {
            ...nameIfGiven(v.name),
            image: v.image.trim(),
            cpu: num(v.cpu),
            memoryGb: num(v.memoryGb),
          },
        })}
      />
    </Section>
  );
}
