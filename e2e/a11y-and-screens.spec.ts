import { expect, test } from './fixtures/test';

test('the sandbox has no axe violations, with a VM selected too', async ({
  page,
  sandbox,
  axe,
}) => {
  test.setTimeout(120_000);
  await axe.expectNoViolations();
  await sandbox.vm('web-1').click();
  await expect(page.getByRole('heading', { name: 'VM web-1' })).toBeVisible();
  await axe.expectNoViolations();
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test(`screenshot at ${size.width}x${size.height}`, async ({ sandbox, screens }) => {
      await sandbox.selectHost('esx-01');
      await screens.save(`default-${size.width}x${size.height}`);
    });
  });
}
