import type { ReactNode } from 'react';
import {
  type Assumptions,
  type BareMetalPlatform,
  type ContainerHostPlatform,
  type Host,
  type HostUsage,
  type HypervisorPlatform,
  hypervisorById,
  osById,
  osName,
  runtimeById,
} from '../../engine/read';
import { GEOMETRY, type HostBox } from '../../store/layout';

export const coresText = (n: number) => `${n} core${n === 1 ? '' : 's'}`;

/** A band of the stack: a software layer drawn across the host, red with CRASHED when it is down. */
function Band({
  top,
  height,
  tone,
  status,
  title,
  children,
}: {
  top: number;
  height: number;
  tone: 'teal' | 'amber' | 'cyan';
  /** 'down': the layer is fine but a layer under it crashed. */
  status: 'up' | 'crashed' | 'down';
  title: string;
  children?: ReactNode;
}) {
  const colours = {
    teal: 'border-teal-700 bg-teal-50 text-teal-950',
    amber: 'border-amber-700 bg-amber-50 text-amber-950',
    cyan: 'border-cyan-800 bg-cyan-50 text-cyan-950',
  }[tone];
  return (
    <div
      className={`absolute inset-x-0 border-y px-3 pt-1 ${status === 'up' ? colours : 'border-red-700 bg-red-100 text-red-950'}`}
      style={{ top, height }}
    >
      <div className="flex items-baseline gap-2 text-base font-semibold">
        <span className="min-w-0 truncate">{title}</span>
        {status !== 'up' && (
          <span className="shrink-0 rounded bg-red-700 px-1.5 text-sm font-bold text-white">
            {status === 'crashed' ? 'CRASHED' : 'DOWN'}
          </span>
        )}
      </div>
      {children}
    </div>
  );
}

function HypervisorLayers({
  host,
  p,
  usage,
  box,
  a,
}: {
  host: Host;
  p: HypervisorPlatform;
  usage: HostUsage;
  box: HostBox;
  a: Assumptions;
}) {
  const { bands } = box;
  const product = hypervisorById(p.product);
  const keptCores = host.cpuCores - usage.coresForVms;
  return (
    <>
      <div
        className="absolute left-3 text-sm font-semibold text-slate-700"
        style={{ top: bands.vnics + 8 }}
      >
        Virtual Ethernet ports (vNICs)
      </div>
      <Band
        top={bands.hypervisor}
        height={GEOMETRY.hypervisorBand}
        tone="teal"
        status={p.crashed === 'hypervisor' ? 'crashed' : p.crashed === 'os' ? 'down' : 'up'}
        title={`Hypervisor · ${product?.name ?? p.product}${product ? ` · type ${product.type}` : ''}`}
      />
      {bands.hostOs !== null && (
        <Band
          top={bands.hostOs}
          height={GEOMETRY.hostOsBand}
          tone="amber"
          status={p.crashed === 'os' ? 'crashed' : 'up'}
          title={`Host OS · ${osName(p.hostOs ?? '')}`}
        >
          <div className="truncate text-sm">
            Keeps {keptCores} core{keptCores === 1 ? '' : 's'} and {a.hostOsMemoryGb} GB for itself.
          </div>
          <div className="truncate text-sm">
            Every VM: CPU +{a.type2CpuOverheadPct} %, I/O {a.type2IoOverheadPct} % slower.
          </div>
        </Band>
      )}
    </>
  );
}

/** What the one OS kernel band of a bare-metal or container host says, in two lines. */
interface KernelText {
  readonly title: string;
  readonly note: string;
}

/** One OS kernel straight on the hardware: a bare-metal OS, or a container host's OS. */
function KernelBand({ crashed, box, text }: { crashed: boolean; box: HostBox; text: KernelText }) {
  return (
    <Band
      top={box.bands.hostOs ?? 0}
      height={GEOMETRY.kernelBand}
      tone="amber"
      status={crashed ? 'crashed' : 'up'}
      title={text.title}
    >
      <div className="truncate text-sm">{text.note}</div>
    </Band>
  );
}

const containersText = (n: number) =>
  n === 0 ? 'for every container it will run' : `for all ${n} container${n === 1 ? '' : 's'}`;

/**
 * A container host's kernel band. Where the runtime brings a hidden Linux VM (Docker Desktop on
 * macOS or Windows), the host OS kernel is not the one the containers share, and the band says so.
 */
function containerKernelText(p: ContainerHostPlatform, count: number): KernelText {
  const family = osById(p.os)?.family;
  const hidden = family && runtimeById(p.runtime.product)?.runsOn[family] === 'linux-vm';
  if (hidden)
    return {
      title: `Host OS · ${osName(p.os)} kernel · not shared with the containers`,
      note: 'They share the Linux kernel of a hidden VM the runtime starts.',
    };
  return {
    title: `Shared kernel · ${osName(p.os)} · one kernel ${containersText(count)}`,
    note: 'Namespaces and cgroups keep the containers apart; a kernel crash reaches them all.',
  };
}

function ContainerHostLayers({ p, box }: { p: ContainerHostPlatform; box: HostBox }) {
  const runtime = runtimeById(p.runtime.product);
  const count = Object.keys(p.runtime.containers).length;
  return (
    <>
      {count === 0 && <EmptyNote box={box} text="No containers yet: add one in the inspector." />}
      <Band
        top={box.bands.runtime ?? 0}
        height={GEOMETRY.runtimeBand}
        tone="cyan"
        status={p.crashed === 'os' ? 'down' : 'up'}
        title={`Runtime · ${runtime?.name ?? p.runtime.product}${runtime?.status === 'historical' ? ' (historical)' : ''}`}
      >
        <div className="truncate text-sm">{runtime?.chain.join(' → ')}</div>
      </Band>
      <KernelBand crashed={p.crashed === 'os'} box={box} text={containerKernelText(p, count)} />
    </>
  );
}

function BareMetalLayers({ host, p, box }: { host: Host; p: BareMetalPlatform; box: HostBox }) {
  const down = p.crashed !== null || host.power !== 'on';
  return (
    <>
      {p.apps.length === 0 && <EmptyNote box={box} text="No apps yet: add one in the inspector." />}
      {p.apps.map((app, i) => (
        <div
          key={app.id}
          role="img"
          aria-label={`App ${app.name}, ${down ? 'stopped' : 'running'}, ${coresText(app.cpu)}, ${app.memoryGb} GB`}
          className={`absolute flex flex-col rounded border-2 px-2 py-1 ${down ? 'border-red-700 bg-red-50' : 'border-slate-600 bg-white'}`}
          style={{
            left: GEOMETRY.padding + (i % box.columns) * (GEOMETRY.vmWidth + GEOMETRY.vmGap),
            top:
              GEOMETRY.header + Math.floor(i / box.columns) * (GEOMETRY.appHeight + GEOMETRY.vmGap),
            width: GEOMETRY.vmWidth,
            height: GEOMETRY.appHeight,
          }}
        >
          <span className="truncate text-lg font-bold leading-tight">{app.name}</span>
          <span className="text-base tabular-nums">
            {coresText(app.cpu)} · {app.memoryGb} GB
          </span>
        </div>
      ))}
      <KernelBand
        crashed={p.crashed === 'os'}
        box={box}
        text={{
          title: `OS · ${osName(p.os)} kernel · no hypervisor`,
          note: `Its apps are plain processes of this one OS on ${host.name}.`,
        }}
      />
    </>
  );
}

function EmptyNote({ box, text }: { box: HostBox; text: string }) {
  return (
    <p className="absolute inset-x-3 text-base text-slate-700" style={{ top: box.bands.vms + 8 }}>
      {text}
    </p>
  );
}

/** The software layers between the hardware band and what runs on top, for each platform kind. */
export function PlatformLayers({
  host,
  usage,
  box,
  assumptions,
}: {
  host: Host;
  usage: HostUsage;
  box: HostBox;
  assumptions: Assumptions;
}) {
  const p = host.platform;
  if (p.kind === 'hypervisor')
    return <HypervisorLayers host={host} p={p} usage={usage} box={box} a={assumptions} />;
  if (p.kind === 'container-host') return <ContainerHostLayers p={p} box={box} />;
  return <BareMetalLayers host={host} p={p} box={box} />;
}
