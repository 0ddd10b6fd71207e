import { deflateRawSync } from 'node:zlib';
import { Sandbox } from './fixtures/sandbox';
import { expect, test } from './fixtures/test';

/** A share link whose scenario nests 10,000 lists deep, which once blanked the page for good. */
function hostileLink(): string {
  const text = `{"format":"virtlab-scenario","version":2,"name":"x","state":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
  return `/#scenario=${deflateRawSync(Buffer.from(text)).toString('base64url')}`;
}

test('a hostile link opens the saved work with a message, and a reload opens it again', async ({
  page,
  sandbox,
}) => {
  await sandbox.renameVm('web-1', 'kept-1');
  await page.waitForTimeout(600);
  await page.goto(hostileLink());
  await expect(sandbox.notice()).toContainText('The shared link was not loaded');
  await expect(sandbox.notice()).toContainText(
    `Line 1, column 92: state${'.0'.repeat(31)} nests lists and objects more than 32 levels deep.`,
  );
  await expect(sandbox.vm('kept-1')).toBeVisible();
  expect(page.url()).not.toContain('#scenario=');

  await page.reload();
  await expect(sandbox.vm('kept-1')).toBeVisible();
  await expect(sandbox.notice()).toContainText('restored');
});

test('a hostile link in a fresh browser opens the default scenario with a message', async ({
  browser,
}) => {
  const page = await browser.newPage();
  const sandbox = new Sandbox(page);
  await page.goto(hostileLink());
  await expect(sandbox.notice()).toContainText('more than 32 levels deep');
  await expect(sandbox.host('esx-01')).toBeVisible();
  await page.reload();
  await expect(sandbox.host('esx-01')).toBeVisible();
  await page.close();
});
