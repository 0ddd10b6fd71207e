import { expect, test } from './fixtures/test';

test('dragging a running VM to another host live-migrates it and both meters change', async ({
  sandbox,
}) => {
  const fromBefore = await sandbox.meter('esx-01', 'CPU').getAttribute('aria-label');
  const toBefore = await sandbox.meter('esx-02', 'CPU').getAttribute('aria-label');
  expect(await sandbox.hostOf('web-1')).toBe('esx-01');

  await sandbox.dragVm('web-1', 'esx-02');
  await expect(sandbox.eventLog()).toContainText(
    'Live migration of web-1 from esx-01 to esx-02 started',
  );
  await sandbox.step(5);

  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-02');
  await expect.poll(() => sandbox.isDrawnInside('web-1', 'esx-02')).toBe(true);
  await expect(sandbox.meter('esx-01', 'CPU')).not.toHaveAttribute('aria-label', fromBefore ?? '');
  await expect(sandbox.meter('esx-02', 'CPU')).not.toHaveAttribute('aria-label', toBefore ?? '');
});

test('a drop on a full host is refused with its reason and moves nothing; undo brings a move back', async ({
  page,
  sandbox,
}) => {
  const count = await sandbox.vmCount();

  await sandbox.dragVm('db-1', 'esx-02');
  await expect(sandbox.notice()).toContainText(/esx-02 has .* GB free; db-1 needs 32 GB/);
  expect(await sandbox.hostOf('db-1')).toBe('esx-01');
  expect(await sandbox.vmCount()).toBe(count);

  await sandbox.dragVm('web-1', 'esx-02');
  await sandbox.step(5);
  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-02');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-01');
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-02');
});
