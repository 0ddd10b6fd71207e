import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Sandbox } from './fixtures/sandbox';

test('a reload keeps the work', async ({ page }) => {
  const sandbox = new Sandbox(page);
  await sandbox.open();
  await sandbox.dragVm('web-1', 'esx-02');
  await sandbox.step(5);
  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-02');
  // Without ?scenario, the page opens on the autosaved work.
  await page.waitForTimeout(600);
  await page.goto('/');
  await expect(sandbox.host('esx-02')).toBeVisible();
  expect(await sandbox.hostOf('web-1')).toBe('esx-02');
  await expect(sandbox.notice()).toContainText('restored');
});

test('importing a broken file names what is wrong and keeps the work', async ({ page }) => {
  const sandbox = new Sandbox(page);
  await sandbox.open();
  const count = await sandbox.vmCount();
  await page.getByTestId('import-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{\n  "format": "virtlab-scenario",\n  "version": 1,\n  "name": "x",\n  "state": {\n',
    ),
  });
  await expect(sandbox.notice()).toContainText(
    'broken.json was not loaded; your work is unchanged.',
  );
  await expect(sandbox.notice()).toContainText(/line \d+/i);
  expect(await sandbox.vmCount()).toBe(count);

  await page.getByTestId('import-input').setInputFiles({
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "name": "not-a-scenario", "version": "1.0.0" }'),
  });
  await expect(sandbox.notice()).toContainText('not a VirtLab scenario');
  expect(await sandbox.vmCount()).toBe(count);
});

test('export then import round-trips the datacenter', async ({ page }) => {
  const sandbox = new Sandbox(page);
  await sandbox.open();
  await sandbox.dragVm('web-1', 'esx-02');
  await sandbox.step(5);
  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-02');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await (await exported).path();
  const text = readFileSync(file, 'utf8');
  const before = await page.evaluate(() => JSON.stringify(window.virtlab?.state()));

  await page.goto('/?scenario=default');
  await expect(sandbox.host('esx-01')).toBeVisible();
  expect(await sandbox.hostOf('web-1')).toBe('esx-01');
  await page.getByTestId('import-input').setInputFiles({
    name: 'saved.virtlab.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(sandbox.notice()).toContainText('Loaded');
  expect(await sandbox.hostOf('web-1')).toBe('esx-02');
  const after = await page.evaluate(() => JSON.stringify(window.virtlab?.state()));
  expect(JSON.parse(after) as unknown).toEqual(JSON.parse(before) as unknown);
});
