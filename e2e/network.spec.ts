import type { HopSnapshot } from './fixtures/network';
import { expect, test } from './fixtures/test';

/**
 * The default scenario's network: every host's vSwitch0 carries "VM Network" (untagged), "web"
 * (VLAN 10) and "db" (VLAN 20), uses vmnic0 as its active uplink with vmnic1 on standby, and
 * all NICs are cabled to tor-1; r1 routes between the VLANs. web-1 (esx-01) and app-1 (esx-02)
 * are both in "web"; batch-1 and cache-1 are both in "db" on esx-02.
 */

/** The canvas node a device of the trace lights up: a NIC sits in its host's box. */
function canvasLabel(kind: string, device: string): string {
  const [host, part] = device.split('/');
  if (kind === 'vm') return `VM ${device}`;
  if (kind === 'vswitch') return `Virtual switch ${part} on ${host}`;
  if (kind === 'pnic') return `Host ${host}`;
  if (kind === 'pswitch') return `Physical switch ${device}`;
  return `Router ${device}`;
}

/** Which kind of edge a hop's frame arrived over, from the row's own "In" fact. */
function arrivedOver(kind: string, inPort: string): RegExp | null {
  if (kind === 'pswitch')
    return inPort.includes('/vmnic') ? /^Cable from NIC to tor-1/ : /to router /;
  if (kind === 'router') return /^Cable from tor-1 port \d+ to router /;
  if (kind === 'pnic') return inPort.startsWith('cable') ? /^Cable from NIC/ : /^Uplink from/;
  if (kind === 'vswitch' && inPort.startsWith('uplink')) return /^Uplink from/;
  if (kind === 'vswitch' || (kind === 'vm' && inPort !== '')) return /^vNIC of /;
  return null;
}

test('a ping from web-1 to app-1 crosses tor-1, and every hop lights up on the canvas', async ({
  page,
  sandbox,
  network,
}) => {
  test.setTimeout(120_000);
  await network.openTracer();
  await network.ping('web-1', 'app-1');
  await expect(network.summary()).toContainText('Reply received');
  await expect(network.summary()).toContainText(
    'web-1 → esx-01/vSwitch0 → esx-01/vmnic0 → tor-1 → esx-02/vmnic0 → esx-02/vSwitch0 → app-1',
  );
  await expect(network.summary()).toContainText('crossed the physical network');
  // The ping went through the engine: the event log records it.
  await expect(sandbox.eventLog()).toContainText('Ping web-1 → app-1');

  const count = await network.hopCount();
  expect(count).toBeGreaterThan(20);
  let before: HopSnapshot | null = null;
  for (let i = 0; i < count; i++) {
    if (i > 0) await network.nextHop();
    const position = `Hop ${i + 1} of ${count}`;
    await expect.poll(async () => (await network.snapshot()).position).toBe(position);
    const row = await network.snapshot();
    const edge = arrivedOver(row.kind, row.inPort);
    // The canvas repaints a moment after the list: poll until it shows this hop's device and
    // the edge its frame crossed (none when no frame moved: a VM sending, an ARP cache hit).
    const lit = expect.poll(() => network.snapshot(), { message: `${position} at ${row.device}` });
    await lit.toMatchObject({
      nodes: expect.arrayContaining([canvasLabel(row.kind, row.device)]),
      edges: edge ? [expect.stringMatching(edge)] : [],
      frameOn: edge ? expect.any(String) : null,
    });
    const now = await network.snapshot();
    if (before && before.device !== now.device)
      expect([now.nodes, now.edges], position).not.toEqual([before.nodes, before.edges]);
    before = now;
  }
  await expect(page.getByRole('button', { name: 'Next hop' })).toBeDisabled();
  // Back one hop: the previous row is current again.
  await page.getByRole('button', { name: 'Previous hop' }).click();
  await expect(page.getByText(`Hop ${count - 1} of ${count}`)).toBeVisible();
});

test('two VMs on one host and port group: the echo never leaves esx-02', async ({ network }) => {
  await network.openTracer();
  await network.ping('batch-1', 'cache-1');
  await expect(network.summary()).toContainText('never left esx-02');
  await expect(network.summary()).toContainText('batch-1 → esx-02/vSwitch0 → cache-1');
  // A second ping finds the MAC in the ARP cache: no broadcast, so no frame at all leaves.
  await network.ping('batch-1', 'cache-1');
  await expect(network.summary()).toContainText('no frame touched the wire');
  const kinds = await network
    .hops()
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')));
  expect(kinds.filter((k) => k === 'pnic' || k === 'pswitch')).toEqual([]);
  const count = kinds.length;
  for (let i = 0; i < count; i++) {
    if (i > 0) await network.nextHop();
    await expect
      .poll(async () => (await network.snapshot()).position)
      .toBe(`Hop ${i + 1} of ${count}`);
    const lit = await network.snapshot();
    expect(lit.edges.filter((e) => !e.startsWith('vNIC of '))).toEqual([]);
    expect(lit.nodes).not.toContain('Physical switch tor-1');
  }
});

test('a VLAN mismatch shows where the ping is dropped and why', async ({
  page,
  sandbox,
  network,
}) => {
  // app-1 keeps its VLAN 10 address but moves to port group "db" (VLAN 20).
  await sandbox.vm('app-1').click();
  await page.getByLabel(/^vNIC 1 · /).selectOption('db');
  await network.openTracer();
  await network.ping('web-1', 'app-1');
  await expect(network.summary()).toContainText('Dropped');
  const drop = network.hops().filter({ hasText: 'Dropped at' });
  await expect(drop).toHaveCount(1);
  await expect(drop).toContainText('VLAN mismatch');
  await expect(drop).toContainText('web-1');
  await expect(drop).toContainText('VLAN 10');
  await expect(drop).toContainText('app-1');
  await expect(drop).toContainText('VLAN 20');
  // On the canvas the switch where it stopped is lit and signed.
  await drop.getByRole('button', { name: /^Show hop/ }).click();
  await expect(page.getByTestId('trace-drop')).toBeVisible();
  await expect(
    page.locator('.react-flow__node.vl-highlight[aria-label="Virtual switch vSwitch0 on esx-02"]'),
  ).toHaveCount(1);
});

test('failing both uplinks of esx-02 flips matrix cells to ✗, naming the uplinks', async ({
  page,
  sandbox,
  network,
  screens,
}) => {
  await sandbox.selectHost('esx-02');
  await network.openReachability();
  await expect(network.cell('web-1', 'app-1')).toHaveAccessibleName('web-1 can ping app-1.');
  await expect(network.cell('web-1', 'db-1')).toHaveAccessibleName(
    'web-1 can ping db-1 through a router.',
  );
  // vmnic0 fails: the standby vmnic1 takes over, so nothing changes yet.
  await page.getByRole('checkbox', { name: 'vmnic0' }).uncheck();
  await expect(network.cell('web-1', 'app-1')).toHaveAccessibleName('web-1 can ping app-1.');
  // vmnic1 fails too: esx-02's VMs are cut off.
  await page.getByRole('checkbox', { name: 'vmnic1' }).uncheck();
  const cut = network.cell('web-1', 'app-1');
  await expect(cut).toHaveAccessibleName(/^web-1 cannot ping app-1: /);
  await expect(cut).toHaveAccessibleName(/esx-02\/vSwitch0 has no working uplink/);
  await expect(cut).toHaveAccessibleName(/esx-02\/vmnic0's link is down/);
  await expect(cut).toContainText('✗');
  // Focus shows the reason in words above the matrix.
  await cut.focus();
  await expect(page.getByTestId('reach-detail')).toContainText('has no working uplink');
  // VMs on one host still reach each other inside its switch.
  await expect(network.cell('batch-1', 'cache-1')).toHaveAccessibleName(
    'batch-1 can ping cache-1.',
  );
  await screens.save('network-reachability-uplinks-down');
});

test('the tracer and the matrix have no axe violations; screenshots', async ({
  page,
  network,
  axe,
  screens,
}) => {
  test.setTimeout(120_000);
  await network.openTracer();
  await network.ping('web-1', 'app-1');
  // Stop on the hop where the echo request crosses tor-1.
  await page
    .locator(
      '[aria-label="Hops of the trace"] > li[data-phase="echo-request"][data-kind="pswitch"]',
    )
    .getByRole('button', { name: /^Show hop/ })
    .click();
  await expect(network.currentHop()).toHaveAttribute('data-device', 'tor-1');
  await axe.expectNoViolations();
  await screens.save('network-trace');
  await network.openReachability();
  await axe.expectNoViolations();
  await screens.save('network-reachability');
});

test('inspectors: a live MAC table, port group members, an ARP cache and address checks', async ({
  page,
  sandbox,
  network,
  axe,
  screens,
}) => {
  test.setTimeout(120_000);
  await network.openTracer();
  await network.ping('web-1', 'app-1');
  await page.locator('.react-flow__node[aria-label="Virtual switch vSwitch0 on esx-01"]').click();
  const macs = page.getByRole('table', { name: 'MAC table of vSwitch0' });
  // esx-01's switch learned web-1 on its own port and app-1 behind the uplink.
  const webRow = macs.getByRole('row').filter({ hasText: 'web-1' }).first();
  await expect(webRow).toContainText('web-1 ("web", VLAN 10)');
  await expect(webRow).toContainText('0 s');
  await expect(macs.getByRole('row').filter({ hasText: 'app-1' })).toContainText('uplink vmnic0');
  await sandbox.step(3);
  await expect(webRow).toContainText('3 s');
  await expect(page.getByText('web-1 · 10.0.10.11/24')).toBeVisible();
  await macs.scrollIntoViewIfNeeded();
  await screens.save('network-switch-inspector');
  await axe.expectNoViolations();

  await sandbox.vm('web-1').click();
  const arp = page.getByRole('table', { name: 'ARP cache of web-1' });
  await expect(arp.getByRole('row').filter({ hasText: '10.0.10.12' })).toContainText('app-1');
  const gateway = page.getByLabel('vNIC 1 gateway');
  await gateway.fill('10.0.20.1');
  await gateway.press('Enter');
  await expect(gateway).toHaveAccessibleDescription(
    /^The gateway 10\.0\.20\.1 is outside the subnet 10\.0\.10\.0\/24/,
  );
  await page.getByRole('button', { name: 'Trace from here' }).click();
  await expect(page.getByLabel('From VM', { exact: true }).locator('option:checked')).toHaveText(
    /^web-1 /,
  );
});

test('a physical switch port shut down fails its host over to the standby uplink', async ({
  page,
  sandbox,
  network,
}) => {
  await page.locator('.react-flow__node[aria-label="Physical switch tor-1"]').click();
  await page.getByRole('checkbox', { name: 'Port 1 up · esx-01/vmnic0' }).uncheck();
  await expect(sandbox.eventLog()).toContainText(
    'esx-01/vSwitch0 fails over from vmnic0 to standby vmnic1',
  );
  await network.openTracer();
  await network.ping('web-1', 'app-1');
  await expect(network.summary()).toContainText('esx-01/vmnic1 → tor-1');
});
