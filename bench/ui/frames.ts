/**
 * What the page records during a drag, from requestAnimationFrame timestamps and pointer events:
 * installed by `startRecording`, read back by `stopRecording`. Both run in the page (sent as
 * source by page.evaluate), so they use nothing outside themselves.
 */
export interface Recording {
  /** rAF timestamps, ms on the page's clock. */
  readonly frames: number[];
  /** For each pointermove: from the event's timestamp to just after the next frame was drawn. */
  readonly inputToFrame: number[];
  /** Long animation frames (over 50 ms, Chromium's Long Animation Frames API). */
  readonly longAnimationFrames: number;
}

declare global {
  interface Window {
    uiBench?: { recording: Recording & { longAnimationFrames: number }; stop: () => void };
  }
}

export function startRecording(): void {
  const recording = {
    frames: [] as number[],
    inputToFrame: [] as number[],
    longAnimationFrames: 0,
  };
  let running = true;
  const onFrame = (t: number) => {
    if (!running) return;
    recording.frames.push(t);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  // The next frame's rAF, then a task: that task runs once the frame's own work is done.
  const onMove = (event: PointerEvent) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => recording.inputToFrame.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  };
  window.addEventListener('pointermove', onMove, { capture: true, passive: true });
  const observer = new PerformanceObserver((list) => {
    recording.longAnimationFrames += list.getEntries().length;
  });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
    observer.observe({ type: 'long-animation-frame' });
  window.uiBench = {
    recording,
    stop: () => {
      running = false;
      window.removeEventListener('pointermove', onMove, { capture: true });
      observer.disconnect();
    },
  };
}

/** Waits two frames (so the last move's frame is recorded), stops, and returns the recording. */
export async function stopRecording(): Promise<Recording> {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const bench = window.uiBench;
  if (!bench) throw new Error('The UI benchmark was not recording on this page.');
  bench.stop();
  return bench.recording;
}
