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

/** The prefix each kind of id carries, so an id read in a log says what it names. */
export const ID_PREFIX = {
  host: 'host',
  vm: 'vm',
  vswitch: 'vsw',
  portGroup: 'pg',
  nic: 'nic',
  vnic: 'vnic',
  physicalSwitch: 'psw',
} as const;
export type IdKind = keyof typeof ID_PREFIX;
