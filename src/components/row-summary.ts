/**
 * One line that says what a dataset row states, for showing the rows of a disagreement side
 * by side: "Manggar: sedang dibangun", "koperasi berbadan hukum: 34". Labels come from the
 * schema enums; values come from the row.
 */
import { parseRowRef } from '../data/row-refs';
import { fieldInfo, tables, type Tables } from '../data/schema/index';
import { COOPERATIVE_STAGES } from '../data/schema/cooperative-stages';
import { MEASURES } from '../data/schema/indicators';
import { BUSINESS_LINES, PARTNERSHIP_STAGES } from '../data/schema/partnerships';
import { SITE_STATUSES } from '../data/schema/site-status';
import { formatIndicatorValue } from '../i18n/locale-format';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/catalogue';
import { href, pagePaths } from '../urls';

export interface RowSummary {
  ref: string;
  date: string | undefined;
  dateKind: 'event' | 'as-of' | undefined;
  text: string;
  sourceIds: string[];
  /** Where on this site the row is shown in full, if anywhere. */
  link: string | undefined;
}

const stageStatusLabel = (status: string, lang: Lang) =>
  fieldInfo(tables.cooperative_stages.fields.status).values?.[status]?.[lang] ?? status;

export function summariseRow(data: Tables, ref: string, lang: Lang): RowSummary {
  const { table, id } = parseRowRef(ref);
  const missing = (): never => {
    throw new Error(`Row ${ref} is referenced (in data/disagreements.csv or a page) but data/${table}.csv has no row with that id.`);
  };
  const kelurahanOfCooperative = (cooperativeId: string | undefined) => {
    const cooperative = data.cooperatives.find((c) => c.id === cooperativeId);
    return data.kelurahan.find((k) => k.code === cooperative?.kelurahan_code);
  };
  const words = t(lang).ui;
  const all = words.everyCooperative;
  switch (table) {
    case 'indicators': {
      const row = data.indicators.find((r) => r.id === id) ?? missing();
      return {
        ref,
        date: row.date,
        dateKind: 'as-of',
        text: `${MEASURES[row.measure][lang]}: ${formatIndicatorValue(row, lang)}`,
        sourceIds: row.source_ids,
        link: undefined,
      };
    }
    case 'site_status': {
      const row = data.site_status.find((r) => r.id === id) ?? missing();
      const site = data.sites.find((s) => s.id === row.site_id);
      const kelurahan = data.kelurahan.find((k) => k.code === site?.kelurahan_code);
      return {
        ref,
        date: row.date,
        dateKind: row.date_kind,
        text: `${kelurahan?.name ?? row.site_id}: ${SITE_STATUSES[row.status][lang]}`,
        sourceIds: row.source_ids,
        link: href(lang, pagePaths.site(row.site_id)),
      };
    }
    case 'sites': {
      const row = data.sites.find((r) => r.id === id) ?? missing();
      const kelurahan = data.kelurahan.find((k) => k.code === row.kelurahan_code);
      return {
        ref,
        date: undefined,
        dateKind: undefined,
        text: `${kelurahan?.name ?? row.id}: ${words.builderShort} ${row.builder ?? words.unknown}; ${words.fundingShort} ${row.funding_scheme ?? words.unknown}`,
        sourceIds: row.source_ids,
        link: href(lang, pagePaths.site(row.id)),
      };
    }
    case 'cooperative_stages': {
      const row = data.cooperative_stages.find((r) => r.id === id) ?? missing();
      const kelurahan = kelurahanOfCooperative(row.cooperative_id);
      const who = row.scope === 'all-cooperatives' ? all : (kelurahan?.name ?? row.cooperative_id ?? '');
      return {
        ref,
        date: row.date,
        dateKind: row.date_kind,
        text: `${who}: ${COOPERATIVE_STAGES[row.stage][lang]} — ${stageStatusLabel(row.status, lang)}`,
        sourceIds: row.source_ids,
        link: kelurahan ? href(lang, pagePaths.kelurahan(kelurahan.slug)) : undefined,
      };
    }
    case 'partnerships': {
      const row = data.partnerships.find((r) => r.id === id) ?? missing();
      const kelurahan = kelurahanOfCooperative(row.cooperative_id);
      const partner = data.partners.find((p) => p.id === row.partner_id);
      const who = row.scope === 'all-cooperatives' ? all : (kelurahan?.name ?? row.cooperative_id ?? '');
      return {
        ref,
        date: row.date,
        dateKind: row.date_kind,
        text: `${who} — ${partner?.short_name ?? row.partner_id}, ${BUSINESS_LINES[row.business_line][lang]}: ${PARTNERSHIP_STAGES[row.stage][lang]}`,
        sourceIds: row.source_ids,
        link: href(lang, pagePaths.partnershipStatements),
      };
    }
    case 'events': {
      const row = data.events.find((r) => r.id === id) ?? missing();
      return {
        ref,
        date: row.date,
        dateKind: 'event',
        text: lang === 'id' ? row.title_ind : row.title_eng,
        sourceIds: row.source_ids,
        link: href(lang, pagePaths.event(row.id)),
      };
    }
    default: {
      const rows = data[table] as unknown as Record<string, unknown>[];
      const key = tables[table].primaryKey;
      const row = rows.find((r) => r[key] === id) ?? missing();
      const sourceIds = Array.isArray(row.source_ids) ? (row.source_ids as string[]) : [];
      return { ref, date: undefined, dateKind: undefined, text: ref, sourceIds, link: undefined };
    }
  }
}
