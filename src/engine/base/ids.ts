/** Branded ids: a HostId cannot be passed where a VmId is expected, though both are strings. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type HostId = Brand<string, 'HostId'>;
export type VmId = Brand<string, 'VmId'>;
export type SwitchId = Brand<string, 'SwitchId'>;
export type PortGroupId = Brand<string, 'PortGroupId'>;
export type NicId = Brand<string, 'NicId'>;
export type VnicId = Brand<string, 'VnicId'>;
export type PhysicalSwitchId = Brand<string, 'PhysicalSwitchId'>;
export type ContainerId = Brand<string, 'ContainerId'>;
/** An application installed straight on a bare-metal OS (no VM, no container). */
export type AppId = Brand<string, 'AppId'>;
export type RouterId = Brand<string, 'RouterId'>;
export type RouterInterfaceId = Brand<string, 'RouterInterfaceId'>;
/** An orchestrator placement rule (affinity or anti-affinity). */
export type RuleId = Brand<string, 'RuleId'>;
/** A fault the scenario schedules (a host failure at a set time). */
export type FaultId = Brand<string, 'FaultId'>;
/** One call from the orchestrator to a hypervisor, for the canvas to animate. */
export type CallId = Brand<string, 'CallId'>;

/** The prefix each kind of id carries, so an id read in a log says what it names. */
export const ID_PREFIX = {
  host: 'host',
  vm: 'vm',
  vswitch: 'vsw',
  portGroup: 'pg',
  nic: 'nic',
  vnic: 'vnic',
  physicalSwitch: 'psw',
  container: 'ctr',
  app: 'app',
  router: 'rtr',
  routerInterface: 'rif',
  rule: 'rule',
  fault: 'fault',
  call: 'call',
} as const;
export type IdKind = keyof typeof ID_PREFIX;

/** Any entity's id: what a command reports it created. */
export type EntityId =
  | HostId
  | VmId
  | SwitchId
  | PortGroupId
  | NicId
  | VnicId
  | PhysicalSwitchId
  | ContainerId
  | AppId
  | RouterId
  | RouterInterfaceId
  | RuleId
  | FaultId
  | CallId;

/**
 * Hands out ids from a counter held in the state, so the same commands always produce the
 * same ids. A command takes ids through one allocator and returns its final counter.
 */
export class IdAllocator {
  constructor(private next: number) {}

  take<T extends string>(kind: IdKind): T {
    const id = `${ID_PREFIX[kind]}-${this.next}`;
    this.next += 1;
    return id as T;
  }

  get counter(): number {
    return this.next;
  }
}

/** A MAC in the locally administered range, derived from a number so it is deterministic. */
export function macFor(n: number): string {
  const bytes = [0x02, 0x00, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}
