import { expect, test } from './fixtures/test';

test('dragging a VM from the palette onto a host creates it there', async ({ page, sandbox }) => {
  const count = await sandbox.vmCount();
  await page
    .getByRole('button', { name: /Add VM/ })
    .dragTo(sandbox.host('esx-02').locator('.host-drag-handle'));
  await expect.poll(() => sandbox.vmCount()).toBe(count + 1);
  await expect(sandbox.eventLog()).toContainText(/created on kvm-01/);
});

test('the inspector edits a VM and refuses an impossible size with a reason', async ({
  page,
  sandbox,
}) => {
  await sandbox.vm('web-1').click();
  const vcpus = page.getByLabel('vCPUs');
  await vcpus.fill('4');
  await vcpus.press('Enter');
  await expect(sandbox.vm('web-1')).toContainText('4 vCPU');
  await vcpus.fill('999');
  await vcpus.press('Enter');
  await expect(page.getByText(/vCPUs must be a whole number from 1 to 256/).first()).toBeVisible();
  await expect(sandbox.vm('web-1')).toContainText('4 vCPU');
});

test('keyboard: move a VM from the inspector without a mouse drag', async ({ page, sandbox }) => {
  await sandbox.vm('web-1').click();
  await page.getByLabel('Target host').selectOption({ label: 'esx-02' });
  await page.getByRole('button', { name: 'Move', exact: true }).press('Enter');
  await sandbox.step(5);
  await expect.poll(() => sandbox.hostOf('web-1')).toBe('esx-02');
});
