import { readFileSync } from 'node:fs';
import { Sandbox } from './fixtures/sandbox';
import { expect, test } from './fixtures/test';

declare global {
  interface Window {
    /** Set by this spec only: reports a Content-Security-Policy violation to the test. */
    reportCspViolation?: (text: string) => Promise<void>;
  }
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the built page sets a strict Content-Security-Policy and nothing the app does breaks it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Watch from before the first byte of the page, so the sandbox is opened here, not by a fixture.
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        void window.reportCspViolation?.(
          `${e.effectiveDirective} blocked ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
        ),
    ),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const sandbox = new Sandbox(page);
  await sandbox.open();

  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');

  // Every view and side panel, with their lazily loaded code.
  for (const tab of ['Compare & cost', 'Reachability', 'Datacenter']) await sandbox.openTab(tab);
  for (const tab of ['Assumptions', 'X-ray', 'Trace', 'Inspect', 'Orchestrator'])
    await sandbox.openTab(tab);
  await page.getByRole('checkbox', { name: 'Orchestrator on' }).check();

  // A drag on the canvas, and the clock.
  await sandbox.dragVm('web-1', 'esx-02');
  await sandbox.step(5);
  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-02');

  // Files: export, then import it back (the schema's parser), and a broken file.
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const text = readFileSync(await (await exported).path(), 'utf8');
  await page.getByTestId('import-input').setInputFiles({
    name: 'saved.virtlab.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(sandbox.notice()).toContainText('Loaded');
  await page.getByTestId('import-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "format": "virtlab-scenario", "version": 2, "state": {'),
  });
  await expect(sandbox.notice()).toContainText('broken.json was not loaded');

  // A shared link: the scenario arrives as text in the address and is read as data.
  await page.getByRole('button', { name: 'Share link' }).click();
  // The link is packed and copied asynchronously: read the clipboard once it says so.
  await expect(sandbox.notice()).toContainText('A link to this datacenter was copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(sandbox.notice()).toContainText('Opened the shared scenario');
  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-02');

  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
