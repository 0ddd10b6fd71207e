/**
 * `npm run bench:ui`: VirtLab's production build against a bare React Flow page with the same
 * nodes and edges in the same shape, during a 120-move drag of one VM, at 1× and 4× CPU
 * throttling (CDP). Prints `name: value unit` lines: medians over --runs drags (default 3) and
 * the ratio VirtLab / bare of those medians, both measured in the same run.
 *   npm run bench:ui -- --runs 3 --sizes 50x450,200x1800 --no-build
 * Speed is only measured here, never asserted in tests.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { type Browser, type Page, chromium } from '@playwright/test';
import { vmsOf } from '../../src/engine/read';
import { generateState } from '../../src/scenarios/generate';
import { scenarioFromState, serializeScenario } from '../../src/scenarios/format';
import { median, report } from '../util';
import { startRecording, stopRecording } from './frames';
import { type DragFigures, figuresOf } from './stats';

const APP = { port: 4230, dist: 'dist-bench' };
const BARE = { port: 4231, config: 'bench/ui/bare/vite.config.ts' };
const MOVES = 120;
/** One move per 60 Hz frame, as a mouse sends them; a busy page takes them later. */
const MOVE_INTERVAL_MS = 16;
const VIEWPORT = { width: 1280, height: 720 };
const CPU_RATES = [1, 4];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '50x450,200x1800' },
    'no-build': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes.split(',').map((s) => {
  const [hosts, vms] = s.split('x').map(Number);
  if (!hosts || vms === undefined) throw new Error(`--sizes wants HOSTSxVMS, not "${s}".`);
  return { hosts, vms };
});

function build() {
  const run = (args: string[]) =>
    execFileSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  run(['vite', 'build', '--outDir', APP.dist]);
  run(['vite', 'build', '--config', BARE.config]);
}

async function serve(args: string[], port: number): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['vite', 'preview', ...args, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop(server);
  throw new Error(`vite preview did not answer on port ${port}.`);
}

/** Ends the server and the vite process npx started under it (one process group). */
function stop(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

/** The scenario as a share link (the file, deflated, base64url), and each host's VM count. */
function scenario(hosts: number, vms: number) {
  const state = generateState({ hosts, vms, seed: 1 });
  const text = serializeScenario(scenarioFromState(state, `Bench: ${hosts} hosts, ${vms} VMs`));
  const link = `#scenario=${deflateRawSync(Buffer.from(text)).toString('base64url')}`;
  return { link, vmsPerHost: Object.values(state.world.hosts).map((h) => vmsOf(h).length) };
}

async function counts(page: Page) {
  return page.evaluate(() => ({
    nodes: document.querySelectorAll('.react-flow__node').length,
    edges: document.querySelectorAll('.react-flow__edge').length,
  }));
}

/** Waits until the node count holds still for a second (the canvas has drawn and fitted). */
async function settle(page: Page) {
  await page.locator('.react-flow__node-vm').first().waitFor({ timeout: 120_000 });
  let last = -1;
  for (;;) {
    const { nodes } = await counts(page);
    if (nodes === last) return;
    last = nodes;
    await page.waitForTimeout(1000);
  }
}

/** The centre of the VM card nearest the middle of the canvas. */
async function vmNearCentre(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const cx = pane.x + pane.width / 2;
    const cy = pane.y + pane.height / 2;
    let best = { x: 0, y: 0, d: Infinity };
    for (const el of document.querySelectorAll('.react-flow__node-vm')) {
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      const d = (x - cx) ** 2 + (y - cy) ** 2;
      if (d < best.d) best = { x, y, d };
    }
    return best;
  });
}

/** Drags the VM nearest the centre out and back in 120 moves, and drops it where it started. */
async function drag(page: Page): Promise<DragFigures> {
  const from = await vmNearCentre(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.evaluate(startRecording);
  for (let i = 1; i <= MOVES; i += 1) {
    const out = i <= MOVES / 2 ? i : MOVES - i;
    await page.mouse.move(from.x + out * 3, from.y + out);
    await page.waitForTimeout(MOVE_INTERVAL_MS);
  }
  const recording = await page.evaluate(stopRecording);
  await page.mouse.up();
  await page.waitForTimeout(500);
  return figuresOf(recording);
}

async function open(browser: Browser, url: string) {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  // tsx compiles the recorder with esbuild's keepNames, whose __name helper the page lacks.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(url);
  await settle(page);
  const cdp = await page.context().newCDPSession(page);
  return { page, throttle: (rate: number) => cdp.send('Emulation.setCPUThrottlingRate', { rate }) };
}

const FIGURES: [keyof DragFigures, string][] = [
  ['longFrames', 'frames'],
  ['frames', 'frames'],
  ['frameP95', 'ms'],
  ['inputToFrameP95', 'ms'],
  ['longAnimationFrames', 'frames'],
];

async function measureSize(browser: Browser, hosts: number, vms: number) {
  const { link, vmsPerHost } = scenario(hosts, vms);
  const app = await open(browser, `http://127.0.0.1:${APP.port}/${link}`);
  await app.page.waitForFunction(() => window.virtlab?.ready());
  const canvas = await app.page.locator('.react-flow').boundingBox();
  if (!canvas) throw new Error('VirtLab shows no canvas.');
  const bareUrl = `http://127.0.0.1:${BARE.port}/#vms=${vmsPerHost.join(',')}&w=${Math.round(canvas.width)}&h=${Math.round(canvas.height)}`;
  const bare = await open(browser, bareUrl);
  const appCounts = await counts(app.page);
  const bareCounts = await counts(bare.page);
  const size = `ui.drag.${bareCounts.nodes}nodes`;
  report(`ui.canvas.${bareCounts.nodes}nodes.nodes.virtlab`, appCounts.nodes, 'nodes');
  report(`ui.canvas.${bareCounts.nodes}nodes.edges.virtlab`, appCounts.edges, 'edges');
  report(`ui.canvas.${bareCounts.nodes}nodes.nodes.bare`, bareCounts.nodes, 'nodes');
  report(`ui.canvas.${bareCounts.nodes}nodes.edges.bare`, bareCounts.edges, 'edges');
  for (const rate of CPU_RATES) {
    await app.throttle(rate);
    await bare.throttle(rate);
    // One drag each first, unmeasured, so both pages have compiled their drag code.
    await drag(app.page);
    await drag(bare.page);
    const results = { virtlab: [] as DragFigures[], bare: [] as DragFigures[] };
    for (let run = 0; run < RUNS; run += 1) {
      // Alternate who goes first, so a burst of load elsewhere does not always hit one side.
      const order = run % 2 === 0 ? (['virtlab', 'bare'] as const) : (['bare', 'virtlab'] as const);
      for (const side of order)
        results[side].push(await drag(side === 'virtlab' ? app.page : bare.page));
    }
    for (const [figure, unit] of FIGURES) {
      const a = median(results.virtlab.map((r) => r[figure]));
      const b = median(results.bare.map((r) => r[figure]));
      const name = `${size}.cpu${rate}.${figure}`;
      report(`${name}.virtlab`, a, unit);
      report(`${name}.bare`, b, unit);
      report(`${name}.ratio`, b === 0 ? (a === 0 ? 1 : Infinity) : a / b, 'x');
    }
  }
  await app.page.context().close();
  await bare.page.context().close();
}

if (!values['no-build'] || !existsSync(APP.dist)) build();
const servers = [
  await serve(['--outDir', APP.dist], APP.port),
  await serve(['--config', BARE.config], BARE.port),
];
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  console.log(
    `# ${new Date().toISOString()}, load average ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const { hosts, vms } of SIZES) await measureSize(browser, hosts, vms);
} finally {
  await browser.close();
  servers.forEach(stop);
}
