import { describe, expect, it } from 'vitest';
import { sandbox } from '../../engine/testing/driver';
import { predicateHolds, predicateText } from '../predicates';

/**
 * The admissionRoom predicate the HA lesson checks: it follows admission control's slot check.
 * Three 64 GB hosts (63 GB for VMs) hold 3 slots of 16 GB each; the largest host's 3 are kept
 * free, so 6 VMs of 16 GB fit and a 7th does not.
 */
function cluster(vms: number) {
  const sb = sandbox().host('esx-01').host('esx-02').host('esx-03');
  for (let i = 0; i < vms; i++) {
    const name = `vm-${i}`;
    sb.vm(name, { on: `esx-0${(i % 3) + 1}`, memoryGb: 16 }).powerOn(name);
  }
  return sb.tick(30);
}

const holds = (state: ReturnType<typeof cluster>['state']) =>
  predicateHolds({ state, start: state, sinceSeq: 0 }, { is: 'admissionRoom' });

describe('admissionRoom', () => {
  it('holds while the powered-on VMs fit in the slots left after the largest host’s', () => {
    expect(holds(cluster(6).state)).toBe(true);
  });

  it('fails once one more VM runs than those slots allow, and holds again when it is off', () => {
    const sb = cluster(7);
    expect(holds(sb.state)).toBe(false);
    sb.powerOff('vm-6');
    expect(holds(sb.state)).toBe(true);
  });

  it('holds again when a host is added, since the slots grow', () => {
    const sb = cluster(7).host('esx-04');
    expect(holds(sb.state)).toBe(true);
  });

  it('says what it checks in plain words', () => {
    expect(predicateText({ is: 'admissionRoom' })).toBe(
      "admission control's slot check passes: the hosts keep room to restart the VMs of one failed host",
    );
  });
});
