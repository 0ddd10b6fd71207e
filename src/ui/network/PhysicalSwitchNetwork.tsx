import { EXPLAIN, type PhysicalSwitch, type World, macTable } from '../../engine';
import { selectState, selectWorld } from '../../store/selectors';
import { Check } from '../components/Check';
import { Explain, Section } from '../components/Section';
import { useCommit } from '../components/useCommit';
import { useDerived } from '../storeContext';
import { LearnedTable, MAC_TABLE } from './LearnedTable';

/** What is cabled to each port of a physical switch, by port number. */
function cabled(world: World, switchId: string): Map<number, string> {
  const ports = new Map<number, string>();
  for (const host of Object.values(world.hosts))
    for (const nic of host.nics)
      if (nic.link?.switchId === switchId) ports.set(nic.link.port, `${host.name}/${nic.name}`);
  for (const router of Object.values(world.routers))
    if (router.link?.switchId === switchId) ports.set(router.link.port, `router ${router.name}`);
  return ports;
}

/**
 * A physical switch: what it is, its ports (each can be shut down) and its live MAC table. The
 * explanation loads with it, so the first paint does not carry the catalog of explanations.
 */
export default function PhysicalSwitchNetwork({ sw }: { sw: PhysicalSwitch }) {
  const cables = useDerived(selectWorld, cabled, sw.id);
  const macs = useDerived(selectState, macTable, sw.id);
  const commit = useCommit();
  const ports = [...cables].sort(([a], [b]) => a - b);
  return (
    <>
      <Explain>{EXPLAIN.physicalSwitch}</Explain>
      <p className="text-sm text-slate-900">{sw.portCount} ports.</p>
      <Section title="Ports in use">
        <p className="mb-1 text-sm text-slate-700">
          A port that is down carries nothing: whatever is cabled there loses its link.
        </p>
        <ul>
          {ports.map(([port, what]) => (
            <li key={port}>
              <Check
                label={`Port ${port} up · ${what}`}
                checked={!sw.downPorts.includes(port)}
                onChange={(up) => commit({ type: 'setSwitchPort', switchId: sw.id, port, up })}
              />
            </li>
          ))}
        </ul>
      </Section>
      <Section title="MAC table (live)">
        <LearnedTable learned={MAC_TABLE} rows={macs} name={sw.name} />
      </Section>
    </>
  );
}
