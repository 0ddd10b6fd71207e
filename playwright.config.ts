import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Playwright cannot download its browsers here: use Debian's Chromium when it is installed. */
const systemChromium =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/** E2E_PORT lets several runs share a machine: each gets its own port, build folder and results. */
const PORT = Number(process.env.E2E_PORT ?? 4179);
const OWN = process.env.E2E_PORT !== undefined;
const DIST = OWN ? `dist-${PORT}` : 'dist';
const RESULTS = OWN ? `test-results/e2e-${PORT}` : 'test-results';

export default defineConfig({
  testDir: 'e2e',
  outputDir: RESULTS,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: `${RESULTS}/e2e.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 720 },
        launchOptions: {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${DIST} && npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
