import type { ReactNode } from 'react';
import { vlanColour } from '../../store/toFlow';

/** A label in its VLAN's colour (white text on it), as the canvas draws the VLAN's frames. */
export function VlanTag({
  vlan,
  large = false,
  children,
}: {
  vlan: number;
  /** Canvas size, for a node read from the back of a room. */
  large?: boolean;
  children: ReactNode;
}) {
  return (
    <span
      className={`rounded font-semibold whitespace-nowrap text-white ${large ? 'px-2 text-lg' : 'px-1.5 text-sm'}`}
      style={{ background: vlanColour(vlan) }}
    >
      {children}
    </span>
  );
}
