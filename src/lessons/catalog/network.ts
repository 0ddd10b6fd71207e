import type { Lesson } from '../model';

/** The virtual networking sequence: virtual NICs, port groups, the learning switch, VLANs, uplinks, internal switches, routing. */
export const NETWORK: readonly Lesson[] = [];
