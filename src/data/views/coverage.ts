/**
 * What is known per kelurahan, as opposed to only city-wide. A kelurahan "has its own facts"
 * when a source names it: a stage or partnership of its cooperative, a member count, a build
 * site, or an event. Statements about all cooperatives at once do not count.
 */
import { tableNames, tables, type TableDefinition, type Tables } from '../schema/index';

type CoverageTables = Pick<Tables, 'cooperatives' | 'cooperative_stages' | 'partnerships' | 'sites' | 'events'>;

export function kelurahanWithOwnFacts(data: CoverageTables): Set<string> {
  const kelurahanOf = new Map(data.cooperatives.map((c) => [c.id, c.kelurahan_code]));
  const codes = new Set<string>();
  const addCooperative = (id: string | undefined) => {
    const code = id ? kelurahanOf.get(id) : undefined;
    if (code) codes.add(code);
  };
  for (const c of data.cooperatives) if (c.member_count !== undefined) codes.add(c.kelurahan_code);
  for (const s of data.cooperative_stages) if (s.scope === 'cooperative') addCooperative(s.cooperative_id);
  for (const p of data.partnerships) if (p.scope === 'cooperative') addCooperative(p.cooperative_id);
  for (const s of data.sites) codes.add(s.kelurahan_code);
  for (const e of data.events) if (e.kelurahan_code) codes.add(e.kelurahan_code);
  return codes;
}

/** Source ids cited anywhere in the dataset: every column with a foreign key to sources. */
export function citedSourceIds(data: Tables): Set<string> {
  const cited = new Set<string>();
  for (const name of tableNames) {
    const columns = (tables[name] as unknown as TableDefinition).foreignKeys
      .filter((fk) => fk.resource === 'sources')
      .map((fk) => fk.field);
    for (const row of data[name] as Record<string, unknown>[]) {
      for (const column of columns) {
        const value = row[column];
        if (Array.isArray(value)) value.forEach((id) => cited.add(String(id)));
        else if (typeof value === 'string') cited.add(value);
      }
    }
  }
  return cited;
}

/** The figures the validator's text report ends with, from the rows that passed their checks. */
export function coverageSummary(data: Tables) {
  const cited = citedSourceIds(data);
  const sourceIds = new Set(data.sources.map((s) => s.id));
  return {
    sourcesCited: [...cited].filter((id) => sourceIds.has(id)).length,
    sources: sourceIds.size,
    kelurahanWithOwnFacts: kelurahanWithOwnFacts(data).size,
    kelurahan: data.kelurahan.length,
  };
}
