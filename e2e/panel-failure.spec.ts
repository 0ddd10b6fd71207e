import { expect, test } from './fixtures/test';

test('a side panel whose code does not arrive says so and reloads; the canvas and the work carry on', async ({
  page,
  sandbox,
}) => {
  // The Trace panel's file fails to download, as on a dropped connection.
  let offline = true;
  await page.route(/\/assets\/TracePanel-[\w-]+\.js$/, (route) =>
    offline ? route.abort('internetdisconnected') : route.continue(),
  );
  await sandbox.renameVm('web-1', 'kept-1');
  await sandbox.openTab('Trace');
  const failure = page.getByRole('alert').filter({ hasText: 'Trace panel' });
  await expect(failure).toContainText(
    'The Trace panel could not be loaded: its code did not arrive (is the network down?).',
  );
  await expect(failure).toContainText('Your datacenter and your work are safe');

  // The canvas, the clock and the event log go on beside it.
  await sandbox.dragVm('kept-1', 'esx-02');
  await expect(sandbox.eventLog()).toContainText('Live migration of kept-1 from esx-01 to esx-02');
  await sandbox.step(5);
  await expect.poll(() => sandbox.hostOf('kept-1')).toBe('esx-02');

  // Back online, the reload button draws the panel.
  offline = false;
  await failure.getByRole('button', { name: 'Reload the Trace panel' }).click();
  await expect(page.getByRole('heading', { name: 'Packet tracer' })).toBeVisible();
  await expect(failure).toHaveCount(0);

  // The autosave went on too: a reload of the page opens the work as it was.
  await page.waitForTimeout(600);
  await page.goto('/');
  await expect(sandbox.vm('kept-1')).toBeVisible();
  expect(await sandbox.hostOf('kept-1')).toBe('esx-02');
});
