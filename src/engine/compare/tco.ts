import { COST_ASSUMPTION_INFO, type CostAssumptions } from '../model/study';
import type { WayId } from '../catalog/platforms';
import type { Comparison, Deployment } from './deploy';

/**
 * Total cost of ownership over N years (docs/domain.md, "Consolidation, power and cost"): the
 * purchase (servers, network)
 * at the start, plus running costs each year (licences, energy with PUE, rack space,
 * administration). Every price is a labelled, editable cost assumption.
 */

export type TcoKey =
  | 'servers'
  | 'network'
  | 'hypervisorLicences'
  | 'osLicences'
  | 'energy'
  | 'space'
  | 'administration';

export interface TcoLine {
  readonly key: TcoKey;
  readonly label: string;
  /** Paid once at the start, or every year. */
  readonly when: 'purchase' | 'yearly';
  /** For a purchase, the amount; for a yearly cost, one year's amount. */
  readonly amount: number;
  /** Over the whole ownership: a purchase once, a yearly cost times the years. */
  readonly total: number;
  /** How it was computed, in words and figures. */
  readonly formula: string;
}

export interface WayTco {
  readonly way: WayId;
  readonly name: string;
  readonly lines: readonly TcoLine[];
  readonly purchase: number;
  readonly perYear: number;
  readonly total: number;
  /** Cumulative cost at the end of year 0 (the purchase), 1, …, N: for a line chart. */
  readonly cumulative: readonly number[];
  /** IT energy a year, before PUE. */
  readonly kwhPerYear: number;
}

export interface Tco {
  readonly years: number;
  readonly ways: readonly WayTco[];
  /** The way with the lowest total (the first listed, on a tie). */
  readonly cheapest: WayId;
}

const HOURS_PER_YEAR = 8760;

/** "12,500 €": digits grouped by hand, so the text is the same on every machine. */
const money = (n: number) => `${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} €`;

function tcoOf(d: Deployment, c: CostAssumptions, years: number): WayTco {
  const kwhPerYear = (d.powerWatts * HOURS_PER_YEAR) / 1000;
  const hypervisor =
    d.way === 'type-1' || d.way === 'containers-in-vms'
      ? {
          amount: d.servers * c.serverSockets * c.hypervisorLicencePerSocketYear,
          formula: `${d.servers} servers × ${c.serverSockets} sockets × ${money(c.hypervisorLicencePerSocketYear)}`,
        }
      : d.way === 'type-2'
        ? {
            amount: d.servers * c.type2LicencePerServerYear,
            formula: `${d.servers} servers × ${money(c.type2LicencePerServerYear)}`,
          }
        : { amount: 0, formula: 'no hypervisor' };
  const rows: Omit<TcoLine, 'label' | 'total'>[] = [
    {
      key: 'servers',
      when: 'purchase',
      amount: d.servers * c.serverPrice,
      formula: `${d.servers} servers × ${money(c.serverPrice)}`,
    },
    {
      key: 'network',
      when: 'purchase',
      amount: d.servers * c.networkPerServer,
      formula: `${d.servers} servers × ${money(c.networkPerServer)}`,
    },
    { key: 'hypervisorLicences', when: 'yearly', ...hypervisor },
    {
      key: 'osLicences',
      when: 'yearly',
      amount: d.osInstances * c.osLicencePerInstanceYear,
      formula: `${d.osInstances} OS instances × ${money(c.osLicencePerInstanceYear)}`,
    },
    {
      key: 'energy',
      when: 'yearly',
      amount: kwhPerYear * c.electricityPerKwh * c.pue,
      formula: `${Math.round(d.powerWatts)} W × ${HOURS_PER_YEAR} h = ${Math.round(kwhPerYear)} kWh × ${c.electricityPerKwh} €/kWh × PUE ${c.pue}`,
    },
    {
      key: 'space',
      when: 'yearly',
      amount: d.servers * c.serverRackUnits * c.rackUnitPerYear,
      formula: `${d.servers} servers × ${c.serverRackUnits} U × ${money(c.rackUnitPerYear)}`,
    },
    {
      key: 'administration',
      when: 'yearly',
      amount: d.servers * c.adminPerServerYear + d.osInstances * c.adminPerOsYear,
      formula: `${d.servers} servers × ${money(c.adminPerServerYear)} + ${d.osInstances} OS instances × ${money(c.adminPerOsYear)}`,
    },
  ];
  const lines: TcoLine[] = rows.map((r) => ({
    ...r,
    label: TCO_LABELS[r.key],
    total: r.when === 'purchase' ? r.amount : r.amount * years,
  }));
  const purchase = lines.filter((l) => l.when === 'purchase').reduce((t, l) => t + l.amount, 0);
  const perYear = lines.filter((l) => l.when === 'yearly').reduce((t, l) => t + l.amount, 0);
  return {
    way: d.way,
    name: d.name,
    lines,
    purchase,
    perYear,
    total: purchase + perYear * years,
    cumulative: Array.from({ length: years + 1 }, (_, y) => purchase + perYear * y),
    kwhPerYear,
  };
}

export const TCO_LABELS: Readonly<Record<TcoKey, string>> = {
  servers: 'Servers',
  network: 'Network',
  hypervisorLicences: 'Hypervisor licences',
  osLicences: 'OS licences',
  energy: 'Energy (with PUE)',
  space: 'Rack space',
  administration: 'Administration',
};

/** The TCO of each way over `years` (by default the cost study's own years of ownership). */
export function tco(comparison: Comparison, cost: CostAssumptions, years = cost.years): Tco {
  const span = Math.max(
    COST_ASSUMPTION_INFO.years.min,
    Math.min(COST_ASSUMPTION_INFO.years.max, Math.round(years)),
  );
  const ways = comparison.ways.map((d) => tcoOf(d, cost, span));
  const cheapest = ways.reduce<WayTco | null>(
    (best, w) => (!best || w.total < best.total ? w : best),
    null,
  );
  return { years: span, ways, cheapest: cheapest?.way ?? 'bare-metal' };
}
