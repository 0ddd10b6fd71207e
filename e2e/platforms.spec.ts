import { expect, test } from './fixtures/test';
import type { Sandbox } from './fixtures/sandbox';

/** Picks one of the five ways in the host inspector's platform chooser. */
async function chooseWay(sandbox: Sandbox, way: string) {
  await sandbox.page.getByRole('radio', { name: way, exact: true }).check();
}

test('switching a host from type 1 to type 2 adds the host OS layer and shrinks the free capacity', async ({
  page,
  sandbox,
  screens,
}) => {
  const cpuBefore = await sandbox.meterFigures('esx-01', 'CPU');
  const memBefore = await sandbox.meterFigures('esx-01', 'Mem');
  await expect(sandbox.host('esx-01')).not.toContainText('Host OS');

  await sandbox.selectHost('esx-01');
  await chooseWay(sandbox, 'Type-2 hypervisor');
  await page.getByRole('combobox', { name: 'Type-2 hypervisor' }).selectOption('Oracle VirtualBox');
  await page
    .getByRole('combobox', { name: 'Host OS', exact: true })
    .selectOption('Ubuntu 24.04 LTS');
  const switchButton = page.getByRole('button', { name: /^Switch to Oracle VirtualBox/ });

  // web-1 and db-1 run there: the chooser says what happens and asks first; Escape cancels.
  await switchButton.click();
  const dialog = page.getByRole('dialog', { name: /Switch esx-01/ });
  await expect(dialog).toContainText('Shut down, and kept to start again: 2 VMs (web-1, db-1)');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(sandbox.host('esx-01')).toContainText('VMware ESXi');

  await switchButton.click();
  await dialog.getByRole('button', { name: 'Switch platform' }).click();
  await expect(sandbox.host('esx-01')).toContainText('Host OS · Ubuntu 24.04 LTS');
  await expect(sandbox.host('esx-01')).toContainText('Keeps 1 core and 4 GB for itself.');
  await expect(sandbox.vm('web-1')).toContainText('off');
  await sandbox.zoomInOn('esx-01');
  await screens.save('platforms-type2-1280x720');

  // Defaults: the host OS keeps 1 core (4 vCPUs at 4:1) and 4 GB.
  const cpuAfter = await sandbox.meterFigures('esx-01', 'CPU');
  const memAfter = await sandbox.meterFigures('esx-01', 'Mem');
  expect(cpuAfter.limit).toBe(cpuBefore.limit - 4);
  expect(memAfter.limit).toBe(memBefore.limit - 4);

  // Undo puts the type-1 hypervisor and the running VMs back.
  await page.keyboard.press('Control+z');
  await expect(sandbox.host('esx-01')).not.toContainText('Host OS');
  await expect(sandbox.vm('web-1')).toContainText('running');
});

test('crashing the host OS of a type-2 host takes its VMs down, and only those', async ({
  page,
  sandbox,
  screens,
}) => {
  await sandbox.selectHost('ws-01');
  await expect(page.getByText(/Takes down 1 VM \(lab-1\)/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Crash the host OS' }).click();
  await expect(sandbox.vm('lab-1')).toContainText('CRASHED');
  await expect(sandbox.host('ws-01')).toContainText('CRASHED');
  await expect(sandbox.vm('web-1')).toContainText('running');
  await sandbox.zoomInOn('ws-01');
  await screens.save('platforms-type2-crash-1280x720');
  await expect(sandbox.eventLog()).toContainText(
    /host OS \(Windows 11\) of ws-01 crashed; 1 VM \(lab-1\) went down/,
  );
  await page.getByRole('button', { name: 'Restart the host OS' }).click();
  await expect(sandbox.vm('lab-1')).toContainText('booting');
});

test('containers on a container host share one kernel, and its crash takes them all', async ({
  page,
  sandbox,
  axe,
  screens,
}) => {
  test.setTimeout(120_000);
  await sandbox.selectHost('kvm-01');
  await chooseWay(sandbox, 'Containers');
  await page.getByRole('combobox', { name: 'Container runtime' }).selectOption('Docker Engine');
  // rkt is shown, and marked historical, but cannot be chosen.
  await expect(page.getByRole('option', { name: /rkt.*historical/ })).toBeDisabled();
  await page.getByRole('button', { name: /^Switch to Docker Engine on Ubuntu/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Deleted with the old platform: 2 VMs (mon-1, test-1)');
  await dialog.getByRole('button', { name: 'Switch platform' }).click();
  await expect(sandbox.host('kvm-01')).toContainText('Runtime · Docker Engine');
  await expect(sandbox.host('kvm-01')).toContainText('docker CLI → dockerd → containerd → runc');

  const form = page.getByRole('form', { name: 'Add a container' });
  for (const [name, image] of [
    ['web-a', 'nginx:1.27'],
    ['web-b', 'nginx:1.27'],
    ['cache-a', 'redis:7'],
  ] as const) {
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Image').fill(image);
    await form.getByRole('button', { name: 'Add container' }).click();
    await page.getByRole('button', { name: `Start ${name}` }).click();
  }
  await sandbox.step(1);
  for (const name of ['web-a', 'web-b', 'cache-a'])
    await expect(sandbox.container(name)).toContainText('running');
  await expect(sandbox.host('kvm-01')).toContainText('one kernel for all 3 containers');

  await sandbox.openTab('X-ray');
  const xray = page.getByRole('region', { name: 'Layer X-ray of kvm-01' });
  await expect(xray).toContainText('Shared kernel: 3 containers run on this one kernel.');
  await expect(xray.getByText(/owns kernel/)).toHaveCount(1);
  await screens.save('platforms-xray-1280x720');
  await axe.expectNoViolations();

  await sandbox.openTab('Inspect');
  await sandbox.zoomInOn('kvm-01');
  await screens.save('platforms-container-host-1280x720');
  await axe.expectNoViolations();
  await page.getByRole('button', { name: 'Crash the shared kernel' }).click();
  for (const name of ['web-a', 'web-b', 'cache-a'])
    await expect(sandbox.container(name)).toContainText('CRASHED');
  await screens.save('platforms-kernel-crash-1280x720');
});

test('the platform chooser, its dialog and a VM with containers have no axe violations', async ({
  page,
  sandbox,
  axe,
  screens,
}) => {
  test.setTimeout(90_000);
  await sandbox.selectHost('esx-02');
  await chooseWay(sandbox, 'One OS per server');
  await page.getByRole('button', { name: /^Switch to Ubuntu/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await axe.expectNoViolations();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await sandbox.vm('web-1').click();
  await page.getByRole('button', { name: /^Install containerd/ }).click();
  const form = page.getByRole('form', { name: 'Add a container' });
  await form.getByLabel('Name').fill('exporter');
  await form.getByRole('button', { name: 'Add container' }).click();
  await expect(sandbox.container('exporter')).toBeVisible();
  // Drawn inside its VM's card, which grew to hold it.
  const c = await sandbox.container('exporter').boundingBox();
  const v = await sandbox.vm('web-1').boundingBox();
  expect(c && v && c.y > v.y && c.y + c.height <= v.y + v.height).toBe(true);
  await axe.expectNoViolations();
  await sandbox.zoomInOn('esx-01');
  await screens.save('platforms-vm-containers-1280x720');
});
