/** /api/v1/kelurahan.csv: the kelurahan list as CSV, for spreadsheets (IMPORTDATA) and quick scripts. */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { KELURAHAN_LIST_COLUMNS, kelurahanList } from '../../../api/documents';
import { getDataset } from '../../../data/load';
import { apiReleaseInfo } from '../../../data/release/published';

export const GET: APIRoute = () => {
  const rows = kelurahanList(getDataset(), apiReleaseInfo()).data.map((row) =>
    KELURAHAN_LIST_COLUMNS.map((c) => (row[c] === null ? '' : String(row[c]))),
  );
  const csv = stringify([[...KELURAHAN_LIST_COLUMNS], ...rows], { record_delimiter: '\n' });
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
