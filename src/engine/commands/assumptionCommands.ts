import { event } from '../base/log';
import { ASSUMPTION_INFO } from '../model/assumptions';
import { hostList } from '../model/world';
import { whyOverloaded } from './hostCommands';
import { type HandlerOf, done, refuse } from './types';
import { checkNumber } from './validate';

/** Sets one of the simulation's assumptions, within its range. */
export const setAssumption: HandlerOf<'setAssumption'> = ({ world }, { key, value }) => {
  const info = ASSUMPTION_INFO[key];
  const problem = checkNumber(info.label, value, info.min, info.max);
  if (problem) return refuse(problem);
  const next = { ...world, assumptions: { ...world.assumptions, [key]: value } };
  // Reserving more for the hypervisor or a host OS must not strand VMs already powered on.
  for (const host of hostList(next)) {
    const overload = whyOverloaded(next, host);
    if (overload) return refuse(`With ${info.label} at ${value} ${info.unit}, ${overload}`);
  }
  return done(
    next,
    event('assumption.changed', `Assumption "${info.label}" set to ${value} ${info.unit}.`),
  );
};
