import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/test';

test('a reload keeps the work', async ({ page, sandbox }) => {
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

test('importing a broken file names what is wrong and keeps the work', async ({
  page,
  sandbox,
}) => {
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

test('importing a world the engine could not reach names the field and keeps the work', async ({
  page,
  sandbox,
  screens,
}) => {
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const data = JSON.parse(readFileSync(await (await exported).path(), 'utf8')) as {
    state: { world: { hosts: Record<string, { name: string; power: string }> } };
  };
  // A hand edit: esx-02 switched off, its VMs left running.
  const [id, esx02] = Object.entries(data.state.world.hosts).find(([, h]) => h.name === 'esx-02')!;
  esx02.power = 'off';
  await sandbox.renameVm('web-1', 'kept-1');
  await page.getByTestId('import-input').setInputFiles({
    name: 'edited.virtlab.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data, null, 2)),
  });
  const notice = sandbox.notice();
  await expect(notice).toContainText('edited.virtlab.json was not loaded; your work is unchanged.');
  await expect(notice).toContainText(
    new RegExp(
      `Line \\d+, column \\d+: state\\.world\\.hosts\\.${id}\\.platform\\.vms\\.vm-\\d+\\.power is "running", but esx-02 is off: app-1 cannot run there`,
    ),
  );
  await expect(sandbox.vm('kept-1')).toBeVisible();
  expect(await sandbox.hostOf('kept-1')).toBe('esx-01');
  await screens.save('import-refused-1280x720');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screens.save('import-refused-1920x1080');
});

test('export then import round-trips the datacenter', async ({ page, sandbox }) => {
  await sandbox.dragVm('web-1', 'esx-02');
  await sandbox.step(5);
  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-02');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await (await exported).path();
  const text = readFileSync(file, 'utf8');
  const before = await sandbox.stateJson();

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
  const after = await sandbox.stateJson();
  expect(JSON.parse(after) as unknown).toEqual(JSON.parse(before) as unknown);
});

test.describe('with the clipboard allowed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a shared link opens the same datacenter elsewhere, and the replaced work can be restored', async ({
    page,
    sandbox,
    otherLearner,
  }) => {
    await sandbox.renameVm('web-1', 'shop-1');
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect(sandbox.notice()).toContainText('A link to this datacenter was copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#scenario=');

    // Another learner, with work of their own in their browser, opens the link.
    await otherLearner.renameVm('web-1', 'mine-1');
    await otherLearner.page.waitForTimeout(600);
    await otherLearner.page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(otherLearner.vm('shop-1')).toBeVisible();
    await expect(otherLearner.vm('mine-1')).toHaveCount(0);
    await expect(otherLearner.notice()).toContainText('Opened the shared scenario');
    expect(otherLearner.page.url()).not.toContain('#scenario=');
    await otherLearner.page.getByRole('button', { name: 'Restore my previous work' }).click();
    await expect(otherLearner.notice()).toContainText('Restored');
    await expect(otherLearner.vm('mine-1')).toBeVisible();
  });
});

test('a damaged link says so and keeps the current work', async ({ page, sandbox }) => {
  await sandbox.renameVm('web-1', 'kept-1');
  await page.waitForTimeout(600);
  await page.goto('/#scenario=AAAAbroken');
  await expect(sandbox.notice()).toContainText('This scenario link is damaged');
  await expect(sandbox.vm('kept-1')).toBeVisible();
});
