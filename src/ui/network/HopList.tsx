import { memo, useEffect, useRef } from 'react';
import type { Hop, Trace } from '../../engine/read';
import { FOCUS_RING } from '../components/styles';
import { useSandbox, useStoreApi } from '../storeContext';
import { DEVICE_KIND, PHASE_LABEL, arpFact, portList, tableFact, vlanFact } from './hopFacts';
import { VlanTag } from './VlanTag';

function Fact({ term, children }: { term: string; children: string | null }) {
  if (!children) return null;
  return (
    <>
      <dt className="font-semibold text-slate-700">{term}</dt>
      <dd className="text-slate-900">{children}</dd>
    </>
  );
}

/** The row's facts in one line, for the rows that are not current. */
function oneLine(hop: Hop): string {
  const where = [
    hop.inPort && `in ${hop.inPort.name}`,
    hop.outPorts.length > 0 && `out ${portList(hop.outPorts)}`,
  ];
  const what = [
    hop.tagOp && `tag ${hop.tagOp === 'push' ? 'pushed' : 'popped'}`,
    tableFact(hop),
    arpFact(hop),
  ];
  return [...where, ...what].filter(Boolean).join(' · ');
}

/**
 * One row: the device and its VLAN, then its ports, tag, MAC table and ARP facts. The current
 * row opens up into a table of those facts and the sentence saying what happened.
 */
const HopRow = memo(function HopRow({
  hop,
  current,
  phaseStart,
  onShow,
}: {
  hop: Hop;
  current: boolean;
  phaseStart: boolean;
  onShow: (step: number) => void;
}) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const drop = hop.action === 'drop';
  const tone = drop
    ? 'border-red-700 bg-red-50'
    : current
      ? 'border-amber-500 bg-amber-50'
      : 'border-slate-300 bg-white';
  return (
    <li
      ref={ref}
      aria-current={current ? 'step' : undefined}
      data-device={hop.device.name}
      data-kind={hop.device.kind}
      data-phase={hop.phase}
      className={`mb-1 scroll-mt-28 rounded border-2 p-1.5 text-sm ${tone}`}
    >
      {phaseStart && (
        <p className="mb-1 text-sm font-bold uppercase tracking-wide text-slate-700">
          {PHASE_LABEL[hop.phase]}
        </p>
      )}
      <div className="flex items-baseline gap-2">
        <button
          type="button"
          onClick={() => onShow(hop.step)}
          aria-label={`Show hop ${hop.step + 1}`}
          className={`min-w-8 rounded border border-slate-500 bg-white px-1 font-mono text-sm font-bold text-slate-900 hover:bg-slate-100 ${FOCUS_RING}`}
        >
          {hop.step + 1}
        </button>
        <span className="text-base font-bold text-slate-900">{hop.device.name}</span>
        <span className="text-slate-700">{DEVICE_KIND[hop.device.kind]}</span>
        {hop.vlan !== null && (
          <span className="ml-auto">
            <VlanTag vlan={hop.vlan}>VLAN {hop.vlan}</VlanTag>
          </span>
        )}
      </div>
      {drop ? (
        <p className="mt-1 font-semibold text-red-900">
          Dropped at {hop.device.name}: {hop.reason}
        </p>
      ) : current ? (
        <>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
            <Fact term="In">{hop.inPort?.name ?? null}</Fact>
            <Fact term="Out">{hop.outPorts.length > 0 ? portList(hop.outPorts) : null}</Fact>
            <Fact term="VLAN">{vlanFact(hop)}</Fact>
            <Fact term="MAC table">{tableFact(hop)}</Fact>
            <Fact term="ARP">{arpFact(hop)}</Fact>
          </dl>
          <p className="mt-1 text-base text-slate-900">{hop.text}</p>
        </>
      ) : (
        <p className="mt-0.5 text-slate-800">{oneLine(hop) || hop.action}</p>
      )}
    </li>
  );
});

/** Every hop of the trace, the current one marked; choosing a row shows that hop. */
export function HopList({ trace }: { trace: Trace }) {
  const store = useStoreApi();
  const step = useSandbox((s) => s.traceStep);
  const showHop = store.getState().showHop;
  return (
    <ol aria-label="Hops of the trace">
      {trace.hops.map((hop, i) => (
        <HopRow
          key={hop.step}
          hop={hop}
          current={i === step}
          phaseStart={i === 0 || trace.hops[i - 1]?.phase !== hop.phase}
          onShow={showHop}
        />
      ))}
    </ol>
  );
}
