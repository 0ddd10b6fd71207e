import { expect, test } from '@playwright/test';
import { OrchestratorSandbox } from './fixtures/orchestrator';

/**
 * The infrastructure orchestrator (issue 5), in the default scenario: esx-01 (256 GB) runs
 * web-1 and db-1; esx-02 (64 GB) is nearly full; kvm-01, hv-01 and ws-01 run other
 * hypervisors. Figures below are worked out by hand from the scenario and the assumptions
 * (heartbeat timeout 15 s, VM boot 30 s, 10 Gbit/s migration link, 100 MB/s dirty rate).
 */

test('deploy a VM through the orchestrator and read why each host won or lost', async ({
  page,
}) => {
  const sandbox = new OrchestratorSandbox(page);
  await sandbox.open();
  await sandbox.openPanel();
  await sandbox.turnOn();
  await sandbox.specField('Name').fill('web-2');
  await sandbox.specField('vCPUs').fill('2');
  await sandbox.specField('Memory GB').fill('40');
  // esx-02: 64 GB with 56 GB of VMs and the hypervisor's own share leaves 7 GB.
  const esx02 = sandbox.explanationRow('esx-02');
  await expect(esx02).toContainText('Failed: capacity');
  await expect(esx02).toContainText('esx-02 has 7 GB free; web-2 needs 40 GB.');
  // ws-01 carries only "VM Network"; web-2 asks for "web".
  await expect(sandbox.explanationRow('ws-01')).toContainText('Failed: network');
  // Spread: esx-01 ends at (36 + 40) / 256 ≈ 30 % memory used, the lowest of those left.
  await expect(sandbox.explanationRow('esx-01')).toContainText('Winner');
  await expect(sandbox.explanationRow('esx-01')).toContainText('30');
  await sandbox.explanation().scrollIntoViewIfNeeded();
  await sandbox.screenshot('orchestrator-explanation');

  await sandbox.deploy();
  await expect(page.getByTestId('call-in-flight').first()).toBeVisible();
  await sandbox.screenshot('orchestrator-call-in-flight');
  await expect.poll(() => sandbox.hostOf('web-2')).toBe('esx-01');
  await expect(sandbox.eventLog()).toContainText('Orchestrator → esx-01: create VM web-2.');
  await expect(sandbox.eventLog()).toContainText('Orchestrator → esx-01: power on web-2.');

  // Undo steps back through the orchestrator's decision: web-2 is gone again.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect.poll(() => sandbox.hostOf('web-2')).toBeUndefined();
});
