import { ageNet } from '../../network/learned';
import type { TickSystem } from './types';

/**
 * Switches forget MAC addresses and guests forget ARP answers they have not seen again within
 * their ageing times, so after a quiet spell the next ping floods and asks again.
 */
export const netAgeing: TickSystem = (state) => {
  const net = ageNet(state.sim.net, state.sim.time, state.world.assumptions);
  return {
    state: net === state.sim.net ? state : { ...state, sim: { ...state.sim, net } },
    events: [],
  };
};
