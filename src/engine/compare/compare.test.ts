import { describe, expect, it } from 'vitest';
import {
  type Assumptions,
  type CostAssumptions,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_COST_ASSUMPTIONS,
  DEFAULT_WORKLOAD,
  type Deployment,
  type WayId,
  type WorkloadApp,
  apply,
  compareDeployments,
  compareMetrics,
  emptyState,
  tco,
} from '../index';

/**
 * The compare view and the TCO panel, recomputed by hand for two small workloads. Round figures
 * are chosen so every expected value below can be worked out on paper; the working is in the
 * comments.
 */
const SIM: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  osMemoryGb: 1,
  hypervisorMemoryGb: 2,
  hostOsCores: 1,
  hostOsMemoryGb: 4,
  runtimeMemoryGb: 0.5,
  type1CpuOverheadPct: 10,
  type2CpuOverheadPct: 20,
  type2IoOverheadPct: 30,
  vmBootSeconds: 30,
  containerStartSeconds: 0.5,
};

const COST_A: CostAssumptions = {
  ...DEFAULT_COST_ASSUMPTIONS,
  serverCores: 8,
  serverMemoryGb: 32,
  serverIdleWatts: 100,
  serverMaxWatts: 300,
  targetUtilisation: 0.5,
  spareServers: 1,
  appsPerContainerVm: 2,
  serverBootSeconds: 120,
  serverPrice: 5000,
  networkPerServer: 500,
  serverSockets: 2,
  serverRackUnits: 1,
  hypervisorLicencePerSocketYear: 1000,
  type2LicencePerServerYear: 100,
  osLicencePerInstanceYear: 200,
  electricityPerKwh: 0.25,
  pue: 2,
  rackUnitPerYear: 100,
  adminPerServerYear: 300,
  adminPerOsYear: 150,
  years: 3,
};

/** Three web servers (1 core, 6 GB each) and a database (2 cores, 12 GB): 4 instances, 30 GB. */
const WORKLOAD_A: WorkloadApp[] = [
  { name: 'web', cpu: 1, memoryGb: 6, instances: 3, family: 'linux' },
  { name: 'db', cpu: 2, memoryGb: 12, instances: 1, family: 'linux' },
];

const way = (ways: readonly Deployment[], id: WayId): Deployment => {
  const d = ways.find((w) => w.way === id);
  if (!d) throw new Error(`no ${id}`);
  return d;
};

describe('compare view, workload A (8-core 32 GB servers packed to 50 % CPU, one spare)', () => {
  const { ways, instances } = compareDeployments(WORKLOAD_A, SIM, COST_A);

  it('one OS per server: a server per instance, mostly idle', () => {
    expect(instances).toBe(4);
    // Each server: its OS (1 GB) and one app. Web: u = 1/8, P = 100 + 200 × 0.125 = 125 W;
    // db: u = 2/8, P = 150 W. No spare: nothing is consolidated.
    expect(way(ways, 'bare-metal')).toMatchObject({
      servers: 4,
      spareServers: 0,
      osInstances: 4,
      vms: 0,
      memoryUsedGb: 3 * 7 + 13,
      memoryOverheadGb: 4,
      powerWatts: 3 * 125 + 150,
      averageUtilisation: 5 / 32,
      startSeconds: 120,
      worstCrashAppsDown: 1,
      sharedKernel: false,
    });
  });

  it('type 1: VMs of app + guest OS, first fit largest first, plus the spare', () => {
    // Room per server: 8 × 0.5 = 4 cores, 32 - 2 (hypervisor) = 30 GB. VMs: web 1.1 cores and
    // 7 GB, db 2.2 cores and 13 GB. db first: server 1 = db + web#1 (3.3 cores, 20 GB); web#2
    // does not fit (4.4 cores), so server 2 = web#2 + web#3 (2.2 cores, 14 GB); then the spare.
    const d = way(ways, 'type-1');
    expect(d.serverLoads.map((s) => s.apps)).toEqual([['db', 'web #1'], ['web #2', 'web #3'], []]);
    expect(d).toMatchObject({
      servers: 3,
      spareServers: 1,
      osInstances: 4,
      vms: 4,
      memoryUsedGb: 2 + 20 + (2 + 14) + 2,
      memoryOverheadGb: 40 - 30,
      startSeconds: 30,
      recoverySeconds: 120 + 30,
      worstCrashAppsDown: 2,
      cpuOverheadPct: 10,
      ioOverheadPct: 0,
    });
    expect(d.cpuUsedCores).toBeCloseTo(5.5);
    // 100 + 200 × 3.3/8 = 182.5 W, 100 + 200 × 2.2/8 = 155 W, the idle spare 100 W.
    expect(d.powerWatts).toBeCloseTo(437.5);
    expect(d.blastRadius).toEqual([
      { failure: 'A guest OS crashes', appsDown: 1, hardware: false },
      { failure: 'The hypervisor crashes', appsDown: 2, hardware: false },
      { failure: 'A server fails', appsDown: 2, hardware: true },
    ]);
  });

  it('type 2: the host OS takes a core and 4 GB, guests pay 20 % CPU, so three servers', () => {
    // Room: (8 - 1) × 0.5 = 3.5 cores, 32 - 2 - 4 = 26 GB. VMs: web 1.2 cores, db 2.4 cores.
    // db alone (db + web = 3.6 > 3.5); web#1 + web#2 (2.4); web#3 alone; then the spare.
    const d = way(ways, 'type-2');
    expect(d.serverLoads.map((s) => s.apps)).toEqual([
      ['db'],
      ['web #1', 'web #2'],
      ['web #3'],
      [],
    ]);
    expect(d).toMatchObject({
      servers: 4,
      osInstances: 4 + 4,
      memoryUsedGb: 6 + 13 + (6 + 14) + (6 + 7) + 6,
      ioOverheadPct: 30,
      cpuOverheadPct: 20,
    });
    // 160 + 160 + 130 + 100 W.
    expect(d.powerWatts).toBeCloseTo(550);
    expect(d.blastRadius.find((b) => b.failure === 'The host OS crashes')?.appsDown).toBe(2);
  });

  it('containers: no guest OS, one shared kernel per server', () => {
    // Room: 4 cores, 32 - 1 - 0.5 = 30.5 GB. db + web#1 + web#2 = 4 cores, 24 GB; web#3 alone.
    const d = way(ways, 'containers');
    expect(d.serverLoads.map((s) => s.apps)).toEqual([['db', 'web #1', 'web #2'], ['web #3'], []]);
    expect(d).toMatchObject({
      servers: 3,
      osInstances: 3,
      containers: 4,
      memoryUsedGb: 1.5 + 24 + (1.5 + 6) + 1.5,
      memoryOverheadGb: 4.5,
      // 100 + 200 × 4/8 = 200 W, 100 + 200 × 1/8 = 125 W, the spare 100 W.
      powerWatts: 425,
      startSeconds: 0.5,
      recoverySeconds: 120.5,
      worstCrashAppsDown: 3,
      sharedKernel: true,
    });
  });

  it('containers in VMs: two apps per VM, VMs packed on type-1 servers', () => {
    // VM 1 = web#1 + web#2: 2 × 1.1 = 2.2 cores, 1 + 0.5 + 12 = 13.5 GB. VM 2 = web#3 + db:
    // 3.3 cores, 19.5 GB. Together 5.5 cores > 4: two servers, then the spare.
    const d = way(ways, 'containers-in-vms');
    expect(d.serverLoads.map((s) => s.apps)).toEqual([['web #3', 'db'], ['web #1', 'web #2'], []]);
    expect(d).toMatchObject({
      servers: 3,
      vms: 2,
      containers: 4,
      osInstances: 2,
      memoryUsedGb: 2 + 19.5 + (2 + 13.5) + 2,
      startSeconds: 0.5,
      recoverySeconds: 120 + 30 + 0.5,
      worstCrashAppsDown: 2,
    });
    expect(d.powerWatts).toBeCloseTo(437.5);
  });

  it('TCO over 3 years: purchase, then licences, energy with PUE, space and administration', () => {
    const t = tco(compareDeployments(WORKLOAD_A, SIM, COST_A), COST_A);
    const total = (id: WayId) => t.ways.find((w) => w.way === id);
    // Containers: 3 × (5000 + 500) = 16,500 at the start. A year: 3 OSes × 200 = 600;
    // 425 W × 8760 h = 3,723 kWh × 0.25 €/kWh × PUE 2 = 1,861.5; 3 U × 100 = 300;
    // 3 × 300 + 3 × 150 = 1,350. 4,111.5 a year; 16,500 + 3 × 4,111.5 = 28,834.5.
    expect(total('containers')?.purchase).toBe(16_500);
    expect(total('containers')?.perYear).toBeCloseTo(4_111.5);
    expect(total('containers')?.cumulative).toEqual([16_500, 20_611.5, 24_723, 28_834.5]);
    expect(total('containers')?.kwhPerYear).toBeCloseTo(3_723);
    // Type 1: licences 3 servers × 2 sockets × 1,000 = 6,000 a year; 4 guest OSes × 200 = 800;
    // 437.5 W → 3,832.5 kWh → 1,916.25; 300; 900 + 600. 16,500 + 3 × 10,516.25.
    expect(total('type-1')?.total).toBeCloseTo(48_048.75);
    expect(total('type-1')?.lines.find((l) => l.key === 'hypervisorLicences')?.total).toBe(18_000);
    // One OS per server: 4 × 5,500; 800 + 2,299.5 + 400 + 1,800 a year.
    expect(total('bare-metal')?.total).toBeCloseTo(22_000 + 3 * 5_299.5);
    // Type 2: 4 servers × 100 licence; 8 OSes (4 host, 4 guest) × 200; 550 W → 2,409; 400;
    // 1,200 + 1,200.
    expect(total('type-2')?.perYear).toBeCloseTo(400 + 1_600 + 2_409 + 400 + 2_400);
    expect(total('containers-in-vms')?.total).toBeCloseTo(16_500 + 3 * 9_816.25);
    expect(t.cheapest).toBe('containers');
  });

  it('follows an edited assumption: a bigger guest OS costs every VM once, containers not at all', () => {
    const heavier = compareDeployments(WORKLOAD_A, { ...SIM, osMemoryGb: 2 }, COST_A).ways;
    // Same packing (memory is not what limits it here): 4 VMs × 1 GB more for type 1; the two
    // container hosts and their spare pay 1 GB more each, once.
    expect(way(heavier, 'type-1').memoryUsedGb).toBe(40 + 4);
    expect(way(heavier, 'containers').memoryUsedGb).toBe(34.5 + 3);
    expect(way(heavier, 'containers-in-vms').memoryUsedGb).toBe(39 + 2);
  });
});

describe('compare view, workload B (4-core 16 GB servers at 100 %, no spare)', () => {
  const COST_B: CostAssumptions = {
    ...COST_A,
    serverCores: 4,
    serverMemoryGb: 16,
    targetUtilisation: 1,
    spareServers: 0,
    serverIdleWatts: 50,
    serverMaxWatts: 150,
    appsPerContainerVm: 4,
  };
  /** Two Windows domain controllers, two Linux APIs, and one app larger than any server. */
  const WORKLOAD_B: WorkloadApp[] = [
    { name: 'ad', cpu: 0.5, memoryGb: 3, instances: 2, family: 'windows' },
    { name: 'api', cpu: 0.5, memoryGb: 2, instances: 2, family: 'linux' },
    { name: 'big', cpu: 1, memoryGb: 40, instances: 1, family: 'linux' },
  ];
  const { ways } = compareDeployments(WORKLOAD_B, SIM, COST_B);

  it('lists an app no server can hold, with the room it lacks', () => {
    expect(way(ways, 'type-1').unplaced).toEqual([
      {
        app: 'big',
        reason: 'Needs 1.1 cores and 41 GB here; a server offers 4 cores (at 100 % use) and 14 GB.',
      },
    ]);
    expect(way(ways, 'bare-metal')).toMatchObject({ servers: 4, appInstances: 4 });
  });

  it('type 1 mixes Windows and Linux guests on one server', () => {
    // VMs: ad 0.55 cores 4 GB, api 0.55 cores 3 GB; 4 + 4 + 3 + 3 = 14 GB = the room exactly.
    const d = way(ways, 'type-1');
    expect(d).toMatchObject({ servers: 1, vms: 4, memoryUsedGb: 16 });
    // u = 2.2 / 4 = 0.55: 50 + 100 × 0.55 = 105 W.
    expect(d.powerWatts).toBeCloseTo(105);
  });

  it('containers need a Windows host and a Linux host: a kernel serves one family', () => {
    const d = way(ways, 'containers');
    expect(d.serverLoads.map((s) => s.apps)).toEqual([
      ['api #1', 'api #2'],
      ['ad #1', 'ad #2'],
    ]);
    // Each server: u = 1 / 4, 50 + 25 = 75 W; memory 1.5 + 4 and 1.5 + 6.
    expect(d).toMatchObject({ servers: 2, powerWatts: 150, memoryUsedGb: 13 });
  });

  it('type 2 needs two servers where type 1 needs one', () => {
    // Room: 3 cores, 10 GB. ad 0.6 cores 4 GB twice (8 GB), then api 3 GB no longer fits.
    const d = way(ways, 'type-2');
    expect(d.serverLoads.map((s) => s.apps)).toEqual([
      ['ad #1', 'ad #2'],
      ['api #1', 'api #2'],
    ]);
    expect(d.powerWatts).toBeCloseTo(2 * (50 + 100 * (1.2 / 4)));
  });

  it('containers in VMs: a VM too large for a server leaves all its apps out', () => {
    // Linux VM = api#1 + api#2 + big: 1 + 0.5 + 44 = 45.5 GB > 14 GB.
    const d = way(ways, 'containers-in-vms');
    expect(d.unplaced.map((u) => u.app)).toEqual(['api #1, api #2, big']);
    expect(d).toMatchObject({ servers: 1, vms: 1, containers: 2, memoryUsedGb: 2 + 7.5 });
  });
});

describe('the cost study in the world', () => {
  it('is edited by commands, and the compare view recomputes from it', () => {
    let state = emptyState();
    const step = (c: Parameters<typeof apply>[1]) => {
      const r = apply(state, c);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    };
    step({ type: 'setWorkload', workload: WORKLOAD_A });
    for (const [key, value] of Object.entries(COST_A) as [keyof CostAssumptions, number][])
      step({ type: 'setCostAssumption', key, value });
    for (const [key, value] of Object.entries(SIM) as [keyof Assumptions, number][])
      if (state.world.assumptions[key] !== value) step({ type: 'setAssumption', key, value });
    const { study, assumptions } = state.world;
    const fromWorld = compareDeployments(study.workload, assumptions, study.assumptions);
    expect(fromWorld).toEqual(compareDeployments(WORKLOAD_A, SIM, COST_A));
    expect(state.sim.log.at(-1)?.kind).toBe('assumption.changed');
  });

  it('refuses a figure out of range, a fraction where a whole is due, and P_max below P_idle', () => {
    const s = emptyState();
    const refused = (c: Parameters<typeof apply>[1]) => {
      const r = apply(s, c);
      return r.ok ? null : r.reason;
    };
    expect(refused({ type: 'setCostAssumption', key: 'pue', value: 0.5 })).toBe(
      'PUE (cooling overhead) must be between 1 and 4.',
    );
    expect(refused({ type: 'setCostAssumption', key: 'serverCores', value: 8.5 })).toBe(
      'Cores per server must be a whole number from 1 to 512.',
    );
    expect(refused({ type: 'setCostAssumption', key: 'serverMaxWatts', value: 100 })).toBe(
      'Power at full load (100 W) cannot be below power when idle (150 W).',
    );
    expect(
      refused({
        type: 'setWorkload',
        workload: [
          { name: 'a', cpu: 1, memoryGb: 1, instances: 1, family: 'linux' },
          { name: 'a', cpu: 1, memoryGb: 1, instances: 1, family: 'linux' },
        ],
      }),
    ).toBe('Two apps are named "a"; names must differ.');
  });

  it('starts with a dozen typical apps, and consolidation needs far fewer servers', () => {
    const state = emptyState();
    expect(state.world.study.workload).toBe(DEFAULT_WORKLOAD);
    const c = compareDeployments(DEFAULT_WORKLOAD, DEFAULT_ASSUMPTIONS, DEFAULT_COST_ASSUMPTIONS);
    const servers = Object.fromEntries(c.ways.map((d) => [d.way, d.servers]));
    expect(DEFAULT_WORKLOAD).toHaveLength(12);
    expect(servers['bare-metal']).toBe(c.instances);
    expect(servers['type-1']).toBeLessThan(c.instances / 4);
    const metrics = compareMetrics(c, tco(c, DEFAULT_COST_ASSUMPTIONS));
    expect(metrics.find((m) => m.key === 'servers')?.values.map((v) => v.value)).toEqual(
      c.ways.map((d) => d.servers),
    );
  });
});
