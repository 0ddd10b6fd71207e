import { describe, expect, it } from 'vitest';
import type { Host, State, Trace, VSwitch } from '../engine/read';
import { allVms, hostList } from '../engine/model/world';
import { tracePing } from '../engine/network/ping';
import { defaultScenario } from '../scenarios/builtin/default';
import { toFlow } from './toFlow';
import { deliveredAt, hopEdge, hopHighlight, pathTo, phaseCrossedWire } from './traceHops';

/**
 * Known answers from the default scenario's wiring: every host's vSwitch0 uses vmnic0 as its
 * active uplink, vmnic0 is cabled to tor-1, and r1 hangs off tor-1. A frame from web-1
 * (esx-01, VLAN 10) to app-1 (esx-02, VLAN 10) goes down web-1's vNIC, down esx-01's uplink and
 * cable to tor-1, then up esx-02's cable and uplink and app-1's vNIC.
 */

const base = defaultScenario().state;
const vmId = (state: State, name: string) => {
  const vm = allVms(state.world).find((v) => v.name === name);
  if (!vm) throw new Error(`no VM ${name}`);
  return vm;
};
const host = (name: string): Host => {
  const h = hostList(base.world).find((x) => x.name === name);
  if (!h) throw new Error(`no host ${name}`);
  return h;
};
const vswitch0 = (h: Host): VSwitch => {
  if (h.platform.kind !== 'hypervisor') throw new Error(`${h.name} has no hypervisor`);
  return h.platform.vswitches[0] as VSwitch;
};
const nic0 = (h: Host) => h.nics[0]?.id ?? '';

function ping(state: State, from: string, to: string): { trace: Trace; state: State } {
  const r = tracePing(state, vmId(state, from).id, { vmId: vmId(state, to).id });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

/** The edges the frame crossed in one phase, in order, as "id ↓" (source to target) or "id ↑". */
function edgesOf(trace: Trace, phase: string): string[] {
  return trace.hops.flatMap((h) => {
    const e = h.phase === phase ? hopEdge(trace, h.step) : null;
    return e ? [`${e.id} ${e.forward ? '↓' : '↑'}`] : [];
  });
}

describe('a ping across hosts on one VLAN (web-1 → app-1)', () => {
  const { trace } = ping(ping(base, 'web-1', 'app-1').state, 'web-1', 'app-1');
  const esx1 = host('esx-01');
  const esx2 = host('esx-02');

  it('crosses vNIC, uplink, cable, then cable, uplink, vNIC, in that order and direction', () => {
    expect(edgesOf(trace, 'echo-request')).toEqual([
      `${vmId(base, 'web-1').nics[0]?.id} ↓`,
      `${vswitch0(esx1).id}-${nic0(esx1)} ↓`,
      `${nic0(esx1)}-wire ↓`,
      `${nic0(esx2)}-wire ↑`,
      `${vswitch0(esx2).id}-${nic0(esx2)} ↑`,
      `${vmId(base, 'app-1').nics[0]?.id} ↑`,
    ]);
  });

  it('names the path of the echo request and says it crossed the wire', () => {
    expect(pathTo(trace, deliveredAt(trace, 'echo-request'))).toEqual([
      'web-1',
      'esx-01/vSwitch0',
      'esx-01/vmnic0',
      'tor-1',
      'esx-02/vmnic0',
      'esx-02/vSwitch0',
      'app-1',
    ]);
    expect(phaseCrossedWire(trace, 'echo-request')).toBe(true);
  });

  it('lights up the hop’s device and host and the edge the frame took', () => {
    const atTor = trace.hops.findIndex(
      (h) => h.phase === 'echo-request' && h.device.kind === 'pswitch',
    );
    const tor = trace.hops[atTor]?.device.id ?? '';
    expect(hopHighlight(trace, atTor)).toEqual([tor, `${nic0(esx1)}-wire`]);
  });
});

describe('two VMs on one host and port group (batch-1 → cache-1)', () => {
  const first = ping(base, 'batch-1', 'cache-1');
  const again = ping(first.state, 'batch-1', 'cache-1').trace;

  it('keeps the echo request and reply inside esx-02 even on the first ping', () => {
    expect(phaseCrossedWire(first.trace, 'echo-request')).toBe(false);
    expect(phaseCrossedWire(first.trace, 'echo-reply')).toBe(false);
    // The ARP request is a broadcast, flooded out of the uplink as every broadcast is.
    expect(phaseCrossedWire(first.trace, 'arp-request')).toBe(true);
  });

  it('crosses only the two vNIC edges once the ARP answer is cached', () => {
    const vnics = [vmId(base, 'batch-1'), vmId(base, 'cache-1')].map((v) => v.nics[0]?.id);
    expect(edgesOf(again, 'echo-request')).toEqual([`${vnics[0]} ↓`, `${vnics[1]} ↑`]);
    expect(edgesOf(again, 'echo-reply')).toEqual([`${vnics[1]} ↓`, `${vnics[0]} ↑`]);
    expect(again.hops.some((h) => h.wire)).toBe(false);
  });
});

describe('a routed ping (web-1 → db-1 through r1)', () => {
  const { trace } = ping(base, 'web-1', 'db-1');

  it('goes up to r1 and back down, and leaves the ARP detours out of the path', () => {
    expect(pathTo(trace, deliveredAt(trace, 'echo-request'))).toEqual([
      'web-1',
      'esx-01/vSwitch0',
      'esx-01/vmnic0',
      'tor-1',
      'r1',
      'tor-1',
      'esx-01/vmnic0',
      'esx-01/vSwitch0',
      'db-1',
    ]);
  });

  it('names only edges the canvas draws', () => {
    const drawn = new Set(toFlow(base, {}).edges.map((e) => e.id));
    const used = trace.hops.flatMap((h) => hopEdge(trace, h.step)?.id ?? []);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((id) => !drawn.has(id))).toEqual([]);
  });
});
