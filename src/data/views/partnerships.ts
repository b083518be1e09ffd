/**
 * Partnerships seen as relations rather than statements: one cooperative (or "all of
 * them", for a city-wide offer) with one partner for one business line, at the stage the
 * latest statement reports. Counts of named cooperatives are kept apart from city-wide
 * statements, which apply to every cooperative without naming any.
 */
import { PARTNERSHIP_STAGES, type PartnershipStage } from '../schema/partnerships';
import type { Partner, Partnership, Tables } from '../schema/index';

const PARTNERSHIP_STAGE_ORDER = Object.keys(PARTNERSHIP_STAGES) as PartnershipStage[];
const rank = (stage: PartnershipStage) => PARTNERSHIP_STAGE_ORDER.indexOf(stage);

export interface PartnershipRelation {
  /** partner_id|business_line|cooperative_id (or "*" for every cooperative). */
  key: string;
  partner: Partner;
  businessLine: Partnership['business_line'];
  cooperativeId: string | undefined;
  cityWide: boolean;
  /** Stage of the latest statement; on the same day, the furthest stage. */
  stage: PartnershipStage;
  date: string;
  /** Every statement about this relation, oldest first. */
  rows: Partnership[];
}

function partnershipRelations(data: Pick<Tables, 'partnerships' | 'partners'>): PartnershipRelation[] {
  const groups = new Map<string, Partnership[]>();
  for (const row of data.partnerships) {
    const key = `${row.partner_id}|${row.business_line}|${row.scope === 'all-cooperatives' ? '*' : row.cooperative_id}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .map(([key, rows]) => {
      const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date) || rank(a.stage) - rank(b.stage));
      const latest = sorted.at(-1)!;
      const partner = data.partners.find((p) => p.id === latest.partner_id)!;
      return {
        key,
        partner,
        businessLine: latest.business_line,
        cooperativeId: latest.scope === 'all-cooperatives' ? undefined : latest.cooperative_id,
        cityWide: latest.scope === 'all-cooperatives',
        stage: latest.stage,
        date: latest.date,
        rows: sorted,
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Stages a named cooperative can be counted at, in the order charts draw them; "offered" only ever reaches all of them at once here. */
export const NAMED_STAGES: PartnershipStage[] = ['applied', 'requirements-met', 'agreement-signed', 'active', 'ended'];

export interface PartnerLineSummary {
  partner: Partner;
  businessLine: Partnership['business_line'];
  /** Named cooperatives by their current stage with this partner and line. */
  named: Record<PartnershipStage, number>;
  /** Cooperatives not named, but covered by a city-wide offer (0 when there is none). */
  offeredCityWide: number;
  /** Cooperatives about which nothing is said for this partner and line. */
  noStatement: number;
  /** The city-wide offer, if any. */
  offer: PartnershipRelation | undefined;
  relations: PartnershipRelation[];
}

const zeroStages = () => Object.fromEntries(PARTNERSHIP_STAGE_ORDER.map((s) => [s, 0])) as Record<PartnershipStage, number>;

/** One summary per partner and business line that has any partnership statement. */
export function partnerLineSummaries(data: Pick<Tables, 'partnerships' | 'partners' | 'cooperatives'>): PartnerLineSummary[] {
  const total = data.cooperatives.length;
  const byPair = new Map<string, PartnershipRelation[]>();
  for (const relation of partnershipRelations(data)) {
    const pair = `${relation.partner.id}|${relation.businessLine}`;
    byPair.set(pair, [...(byPair.get(pair) ?? []), relation]);
  }
  return [...byPair.values()].map((relations) => {
    const named = zeroStages();
    for (const r of relations) if (!r.cityWide) named[r.stage] += 1;
    const namedCount = relations.filter((r) => !r.cityWide).length;
    const offer = relations.find((r) => r.cityWide);
    const offeredCityWide = offer ? total - namedCount : 0;
    return {
      partner: relations[0]!.partner,
      businessLine: relations[0]!.businessLine,
      named,
      offeredCityWide,
      noStatement: total - namedCount - offeredCityWide,
      offer,
      relations,
    };
  });
}

/** Partners in partners.csv that no partnership statement mentions. */
export function partnersWithoutPartnership(data: Pick<Tables, 'partnerships' | 'partners'>): Partner[] {
  const used = new Set(data.partnerships.map((p) => p.partner_id));
  return data.partners.filter((p) => !used.has(p.id));
}

/**
 * Named cooperatives whose partnership with any partner reached at least this stage, and the
 * day the count was complete: the latest of the days each one was first reported there.
 */
export function namedCooperativesAtLeast(
  data: Pick<Tables, 'partnerships'>,
  stage: PartnershipStage,
): { ids: string[]; date: string | undefined; rows: Partnership[] } {
  const rows = data.partnerships.filter((p) => p.scope === 'cooperative' && p.stage !== 'ended' && rank(p.stage) >= rank(stage));
  const firstDate = new Map<string, string>();
  for (const row of rows) {
    const id = row.cooperative_id!;
    const seen = firstDate.get(id);
    if (!seen || row.date < seen) firstDate.set(id, row.date);
  }
  const ids = [...firstDate.keys()].sort();
  const date = [...firstDate.values()].sort().at(-1);
  return { ids, date, rows };
}
