import { expect, test } from '@playwright/test';
import { Sandbox } from './fixtures/sandbox';

test('the sandbox has no axe violations, with a VM selected too', async ({ page }) => {
  test.setTimeout(120_000);
  const sandbox = new Sandbox(page);
  await sandbox.open();
  await sandbox.expectNoAxeViolations();
  await sandbox.vm('web-1').click();
  await expect(page.getByRole('heading', { name: 'VM web-1' })).toBeVisible();
  await sandbox.expectNoAxeViolations();
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`screenshot at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    const sandbox = new Sandbox(page);
    await sandbox.open();
    await sandbox.host('esx-01').locator('.host-drag-handle').click();
    await expect(page.getByRole('heading', { name: 'Host esx-01' })).toBeVisible();
    await page.screenshot({
      path: `reports/screens/default-${size.width}x${size.height}.png`,
    });
  });
}
