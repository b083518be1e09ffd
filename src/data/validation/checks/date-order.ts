/** A site is not reported completed (or operating, or under construction) before its first groundbreaking, and so on. */
import { SITE_BUILD_ORDER, siteStatus } from '../../schema/site-status';
import type { SiteStatusRow } from '../../schema/index';
import { defineCheck } from '../check';

type Column = keyof typeof siteStatus.fields & keyof SiteStatusRow;
const SITE: Column = 'site_id';
const STATUS: Column = 'status';
const DATE: Column = 'date';

export const dateOrder = defineCheck({
  name: 'date-order',
  scope: 'dataset',
  type: 'date-order',
  severity: 'error',
  keys: ['date-order'],
  doc: {
    title: { id: 'Status lokasi dalam urutan yang mustahil', en: 'Site statuses in an impossible order' },
    description: {
      id: 'Sebuah lokasi tercatat pada tahap pembangunan (misalnya "sedang dibangun") sebelum tahap yang harus mendahuluinya (misalnya "peletakan batu pertama"). Periksa kedua tanggal terhadap sumbernya.',
      en: 'A site is recorded at a building step (such as "under construction") before a step that must come first (such as "groundbreaking"). Check both dates against their sources.',
    },
  },
  run(context) {
    const state = context.tables.site_status;
    const bySite = new Map<string, { row: SiteStatusRow; index: number }[]>();
    state.typed.forEach((typed, index) => {
      if (!typed) return;
      const row = typed as SiteStatusRow;
      const list = bySite.get(row[SITE]);
      if (list) list.push({ row, index });
      else bySite.set(row[SITE], [{ row, index }]);
    });
    for (const [site, rows] of bySite) {
      const firstDate = new Map<string, string>();
      for (const { row } of rows) {
        const known = firstDate.get(row[STATUS]);
        if (known === undefined || row[DATE] < known) firstDate.set(row[STATUS], row[DATE]);
      }
      SITE_BUILD_ORDER.forEach((later, i) => {
        for (const earlier of SITE_BUILD_ORDER.slice(0, i)) {
          const earlierDate = firstDate.get(earlier);
          if (!earlierDate) continue;
          for (const { row, index } of rows) {
            if (row[STATUS] !== later || !(row[DATE] < earlierDate)) continue;
            context.report(state.file, {
              type: 'date-order',
              key: 'date-order',
              rowNumber: state.lines[index]!,
              fieldName: DATE,
              cell: row[DATE],
              params: { site, status: later, earlierStatus: earlier, earlierDate },
            });
          }
        }
      });
    }
  },
  examples: {
    failing: [{ file: 'site_status.csv', append: ['graha-indah-2025-10-01-completed,graha-indah,completed,2025-10-01,event,example-news-2025-10-21,,'] }],
    passing: [{ file: 'site_status.csv', append: ['graha-indah-2025-12-01-completed,graha-indah,completed,2025-12-01,event,example-news-2025-10-21,,'] }],
  },
});
