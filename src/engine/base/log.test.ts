import { describe, expect, it } from 'vitest';
import { type Journal, LOG_LIMIT, event, record } from './log';

/** An empty journal: no time passed, no event yet. */
const emptyJournal: Journal = { time: 0, seq: 0, log: [] };

describe('record', () => {
  it('stamps events with the time and the next sequence numbers', () => {
    const sim = { ...emptyJournal, time: 12, seq: 7 };
    const { sim: next, events } = record(sim, [event('undo', 'a'), event('redo', 'b', 'vm-3')]);
    expect(events).toEqual([
      { seq: 7, time: 12, kind: 'undo', text: 'a', subjects: [] },
      { seq: 8, time: 12, kind: 'redo', text: 'b', subjects: ['vm-3'] },
    ]);
    expect(next.seq).toBe(9);
    expect(next.log).toEqual(events);
  });

  it(`keeps the newest ${LOG_LIMIT} events, oldest first, and leaves the old log as it was`, () => {
    let sim = emptyJournal;
    for (let i = 0; i < LOG_LIMIT; i += 1) sim = record(sim, [event('undo', `e${i}`)]).sim;
    const full = sim.log;
    sim = record(sim, [event('undo', 'x'), event('undo', 'y')]).sim;
    expect(sim.log).toHaveLength(LOG_LIMIT);
    expect(sim.log[0]?.text).toBe('e2');
    expect(sim.log.slice(-2).map((e) => e.text)).toEqual(['x', 'y']);
    expect(full).toHaveLength(LOG_LIMIT);
    expect(full[0]?.text).toBe('e0');
  });

  it('records nothing, and returns the same sim, for no events', () => {
    const sim = emptyJournal;
    expect(record(sim, []).sim).toBe(sim);
  });
});
