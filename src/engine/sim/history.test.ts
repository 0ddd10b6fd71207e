import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';
import { HISTORY_LIMIT } from './history';

describe('undo and redo', () => {
  it('swap whole worlds: undo gives back the very world before, redo the one after', () => {
    const sb = sandbox().host('esx-01');
    const before = sb.world;
    sb.vm('a');
    const after = sb.world;
    sb.undo();
    expect(sb.world).toBe(before);
    sb.expectVms().expectEvents('undo').expectLogContains('Undid the last change.');
    sb.redo();
    expect(sb.world).toBe(after);
    sb.expectVms('a').expectEvents('redo').expectLogContains('Redid the change.');
  });

  it('forget the redo branch once a new command runs', () => {
    sandbox()
      .host('esx-01')
      .vm('a')
      .undo()
      .vm('b')
      .redo()
      .expectRefused('There is nothing to redo.')
      .expectVms('b');
  });

  it('do not record a refused command as a step', () => {
    sandbox()
      .host('esx-01')
      .host('esx-01')
      .expectRefused()
      .undo()
      .expectHosts()
      .undo()
      .expectRefused('There is nothing to undo.');
  });

  it('walk 150 steps back to the start and forward again', () => {
    const sb = sandbox().host('esx-01', { cores: 64, memoryGb: 1024 });
    const start = sb.world;
    const worlds = [start];
    for (let i = 0; i < 50; i += 1) {
      sb.vm(`v${i}`)
        .powerOn(`v${i}`)
        .updateVm(`v${i}`, { name: `w${i}` });
      worlds.push(sb.world);
    }
    for (let i = 0; i < 150; i += 1) sb.undo();
    expect(sb.world).toBe(start);
    // One step more undoes the host, and then there is nothing left.
    sb.undo().expectHosts().undo().expectRefused('There is nothing to undo.');
    for (let i = 0; i < 151; i += 1) sb.redo();
    expect(sb.world).toBe(worlds[50]);
    sb.expectVms(...Array.from({ length: 50 }, (_, i) => `w${i}`));
  });

  it(`reach back at most HISTORY_LIMIT (${HISTORY_LIMIT}) steps`, () => {
    const sb = sandbox();
    const worlds = [sb.world];
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) {
      sb.setAssumption('vmBootSeconds', i + 1);
      worlds.push(sb.world);
    }
    for (let i = 0; i < HISTORY_LIMIT; i += 1) sb.undo();
    // The first five steps fell off the history: the oldest world left is the one after them.
    expect(sb.world).toBe(worlds[5]);
    expect(sb.world.assumptions.vmBootSeconds).toBe(5);
    sb.undo().expectRefused('There is nothing to undo.');
  });

  it('never hand out an id again, even after undoing the command that took it', () => {
    const sb = sandbox().host('esx-01');
    sb.vm('a');
    const first = sb.vmNamed('a').id;
    sb.undo().vm('a');
    expect(sb.vmNamed('a').id).not.toBe(first);
    // One host took host-2 to pg-6; the first VM took vm-7; the second takes vm-8.
    expect([first, sb.vmNamed('a').id]).toEqual(['vm-7', 'vm-8']);
  });

  it('keep the clock and the log moving forward', () => {
    sandbox()
      .host('esx-01')
      .vm('a')
      .powerOn('a')
      .tick(40)
      .expectRunning('a')
      .undo()
      .expectOff('a')
      .expectTime(40)
      .expectLogContains('a finished booting and is running.')
      // Redo gives back the world as undo found it: booted by the tick.
      .redo()
      .expectRunning('a');
  });
});
