/**
 * Broken copies of the fixture dataset: each case breaks one thing and names the finding it
 * must produce. rules.test.ts checks each finding; reports.test.ts pins the whole report.
 */
import { rmSync } from 'node:fs';
import type { Finding } from '../../src/data/validation/problems';
import type { Fixture } from '../support/fixture';

export interface Case {
  name: string;
  breakIt: (f: Fixture) => void;
  expect: Partial<Pick<Finding, 'type' | 'file' | 'rowNumber' | 'fieldName' | 'cell' | 'key'>>;
  /** Words the English message must contain: the fix, not just the fault. */
  says?: string[];
}

const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0) & 0xff));

export const cases: Case[] = [
  // File and encoding
  {
    name: 'a missing file',
    breakIt: (f) => rmSync(f.path('partners.csv')),
    expect: { type: 'scheme-error', file: 'data/partners.csv', key: 'file-missing' },
    says: ['Create data/partners.csv', 'id,name,short_name'],
  },
  {
    name: 'an empty file',
    breakIt: (f) => f.write('partners.csv', ''),
    expect: { type: 'source-error', file: 'data/partners.csv', key: 'file-empty' },
    says: ['restore'],
  },
  {
    name: 'Latin-1 bytes (Excel "CSV" without UTF-8)',
    breakIt: (f) => {
      const text = f.read('events.csv').replace('Contoh rapat lahan', 'Contoh rapat lahan Café');
      f.write('events.csv', latin1(text));
    },
    expect: { type: 'encoding-error', file: 'data/events.csv', rowNumber: 3, key: 'not-utf8' },
    says: ['0xE9', 'CSV UTF-8'],
  },
  {
    name: 'UTF-16 ("Unicode Text")',
    breakIt: (f) => f.write('partners.csv', Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00])),
    expect: { type: 'encoding-error', file: 'data/partners.csv', key: 'utf16' },
    says: ['CSV UTF-8'],
  },
  {
    name: 'a semicolon delimiter (Excel, Indonesian locale)',
    breakIt: (f) => f.write('partners.csv', f.read('partners.csv').replace(/,/g, ';')),
    expect: { type: 'format-error', file: 'data/partners.csv', rowNumber: 1, key: 'semicolon-delimiter' },
    says: ['semicolons', 'Comma delimited'],
  },
  {
    name: 'unbalanced quotes',
    breakIt: (f) => f.setLine('partners.csv', 2, 'bulog,"Perum Bulog,Bulog,bumn,food,example-news-2025-10-21'),
    expect: { type: 'format-error', file: 'data/partners.csv', rowNumber: 2, fieldName: 'name', key: 'quote-unclosed' },
    says: ['quote'],
  },
  // Header
  {
    name: 'a missing column',
    breakIt: (f) => f.write('partners.csv', f.read('partners.csv').replace(/,food|,energy|,sector/g, '')),
    expect: { type: 'missing-label', file: 'data/partners.csv', rowNumber: 1, fieldName: 'sector' },
    says: ['sector', 'id, name, short_name, kind, sector, source_ids'],
  },
  {
    name: 'an unknown column',
    breakIt: (f) => f.setLine('partners.csv', 1, 'id,name,short_name,kind,sektor,source_ids'),
    expect: { type: 'extra-label', file: 'data/partners.csv', rowNumber: 1, cell: 'sektor' },
    says: ['sektor', 'spelling'],
  },
  {
    name: 'columns in the wrong order',
    breakIt: (f) => f.setLine('partners.csv', 1, 'id,short_name,name,kind,sector,source_ids'),
    expect: { type: 'incorrect-label', file: 'data/partners.csv', rowNumber: 1, fieldName: 'name', cell: 'short_name' },
    says: ['Column 2 should be «name»'],
  },
  {
    name: 'a duplicated column',
    breakIt: (f) => f.setLine('partners.csv', 1, 'id,name,short_name,kind,sector,name'),
    expect: { type: 'duplicate-label', file: 'data/partners.csv', cell: 'name' },
  },
  // Rows and cells
  {
    name: 'a blank line',
    breakIt: (f) => f.write('partners.csv', f.read('partners.csv').replace('\npertamina', '\n\npertamina')),
    expect: { type: 'blank-row', file: 'data/partners.csv', rowNumber: 3 },
    says: ['Delete this line'],
  },
  {
    name: 'a blank line at the end of the file',
    breakIt: (f) => f.write('partners.csv', `${f.read('partners.csv')}\n`),
    expect: { type: 'blank-row', file: 'data/partners.csv', rowNumber: 4 },
  },
  {
    name: 'a row with too few cells',
    breakIt: (f) => f.setLine('partners.csv', 3, 'pertamina-patra-niaga,PT Pertamina Patra Niaga,Patra Niaga,bumn,energy'),
    expect: { type: 'missing-cell', file: 'data/partners.csv', rowNumber: 3, fieldName: 'source_ids' },
    says: ['needs 6 cells'],
  },
  {
    name: 'a row with too many cells (an unquoted comma)',
    breakIt: (f) => f.setLine('partners.csv', 2, 'bulog,Perum Bulog,Bulog,bumn,food,example-news-2025-10-21,extra'),
    expect: { type: 'extra-cell', file: 'data/partners.csv', rowNumber: 2, cell: 'extra' },
    says: ['double quotes'],
  },
  {
    name: 'a dd/mm/yyyy date',
    breakIt: (f) => f.setCell('events.csv', 2, 'date', '17/10/2025'),
    expect: { type: 'type-error', file: 'data/events.csv', rowNumber: 2, fieldName: 'date', cell: '17/10/2025', key: 'date-dmy' },
    says: ['«2025-10-17»'],
  },
  {
    name: 'a date that does not exist',
    breakIt: (f) => f.setCell('events.csv', 2, 'date', '2025-02-30'),
    expect: { type: 'type-error', file: 'data/events.csv', rowNumber: 2, fieldName: 'date', key: 'not-a-calendar-day' },
  },
  {
    name: 'a date in another shape',
    breakIt: (f) => f.setCell('events.csv', 2, 'date', '17 Oktober 2025'),
    expect: { type: 'type-error', file: 'data/events.csv', rowNumber: 2, fieldName: 'date', key: 'type-date' },
    says: ['yyyy-mm-dd'],
  },
  {
    name: 'a decimal comma',
    breakIt: (f) => f.setCell('sites.csv', 2, 'latitude', '-1,2150'),
    expect: { type: 'type-error', file: 'data/sites.csv', rowNumber: 2, fieldName: 'latitude', key: 'decimal-comma' },
    says: ['«-1.2150»'],
  },
  {
    name: 'an integer with a thousands separator',
    breakIt: (f) => f.setCell('kelurahan.csv', 17, 'population', '1.200'),
    expect: { type: 'type-error', file: 'data/kelurahan.csv', rowNumber: 17, fieldName: 'population', key: 'type-integer' },
  },
  {
    name: 'a boolean written as "ya"',
    breakIt: (f) => f.setCell('indicators.csv', 2, 'approximate', 'ya'),
    expect: { type: 'type-error', file: 'data/indicators.csv', rowNumber: 2, fieldName: 'approximate', key: 'type-boolean' },
  },
  {
    name: 'a list with spaces after the semicolon',
    breakIt: (f) =>
      f.setLine('disagreements.csv', 2, f.read('disagreements.csv').split('\n')[1]!.replace('2025-10-21;example', '2025-10-21; example')),
    expect: { type: 'type-error', file: 'data/disagreements.csv', rowNumber: 2, fieldName: 'source_ids', key: 'type-list' },
    says: ['«example-news-2025-10-21;example-news-2025-12-24»'],
  },
  {
    name: 'leading spaces',
    breakIt: (f) => f.setCell('partners.csv', 2, 'short_name', ' Bulog'),
    expect: { type: 'surrounding-whitespace', file: 'data/partners.csv', rowNumber: 2, fieldName: 'short_name' },
  },
  {
    name: 'trailing spaces',
    breakIt: (f) => f.setCell('partners.csv', 2, 'name', 'Perum Bulog  '),
    expect: { type: 'surrounding-whitespace', file: 'data/partners.csv', rowNumber: 2, fieldName: 'name' },
  },
  ...['=HYPERLINK("http://x")', '+62 812', '-Bulog', '@SUM(A1)'].map<Case>((value) => ({
    name: `a formula starting with ${value[0]}`,
    breakIt: (f) => f.setCell('partners.csv', 2, 'name', value),
    expect: { type: 'formula-injection', file: 'data/partners.csv', rowNumber: 2, fieldName: 'name' },
    says: ['formula'],
  })),
  {
    name: 'a formula in a numeric column',
    breakIt: (f) => f.setCell('sites.csv', 2, 'latitude', '=1+1'),
    expect: { type: 'formula-injection', file: 'data/sites.csv', rowNumber: 2, fieldName: 'latitude' },
  },
  {
    name: 'HTML markup',
    breakIt: (f) => f.setCell('partners.csv', 2, 'name', 'Perum <script>alert(1)</script> Bulog'),
    expect: { type: 'html-markup', file: 'data/partners.csv', rowNumber: 2, fieldName: 'name' },
    says: ['plain text'],
  },
  {
    name: 'an HTML entity',
    breakIt: (f) => f.setCell('partners.csv', 2, 'name', 'Perum &amp; Bulog'),
    expect: { type: 'html-markup', file: 'data/partners.csv', rowNumber: 2, fieldName: 'name' },
  },
  {
    name: 'a tab character',
    breakIt: (f) => f.setCell('partners.csv', 2, 'name', 'Perum\tBulog'),
    expect: { type: 'control-character', file: 'data/partners.csv', rowNumber: 2, fieldName: 'name' },
    says: ['U+0009'],
  },
  {
    name: 'a line break inside a cell',
    breakIt: (f) => f.setLine('partners.csv', 2, 'bulog,"Perum\nBulog",Bulog,bumn,food,example-news-2025-10-21'),
    expect: { type: 'control-character', file: 'data/partners.csv', rowNumber: 2, fieldName: 'name' },
    says: ['one line'],
  },
  {
    name: 'a right-to-left override',
    breakIt: (f) => f.setCell('partners.csv', 2, 'name', 'Perum \u202eBulog'),
    expect: { type: 'control-character', file: 'data/partners.csv', rowNumber: 2, fieldName: 'name' },
  },
  // Constraints
  {
    name: 'an empty required cell',
    breakIt: (f) => f.setCell('partners.csv', 2, 'source_ids', ''),
    expect: { type: 'constraint-error', file: 'data/partners.csv', rowNumber: 2, fieldName: 'source_ids', key: 'required' },
    says: ['required'],
  },
  {
    name: 'a value outside the enum',
    breakIt: (f) => f.setCell('partnerships.csv', 3, 'stage', 'signed'),
    expect: { type: 'constraint-error', file: 'data/partnerships.csv', rowNumber: 3, fieldName: 'stage', key: 'enum' },
    says: ['offered, applied, requirements-met, agreement-signed, active, ended'],
  },
  {
    name: 'a malformed Kemendagri code',
    breakIt: (f) => f.setCell('cooperatives.csv', 4, 'kelurahan_code', '64.71.3.1006'),
    expect: { type: 'constraint-error', file: 'data/cooperatives.csv', rowNumber: 4, fieldName: 'kelurahan_code', key: 'pattern' },
    says: ['«64.71.03.1006»'],
  },
  {
    name: 'a malformed identifier in a list',
    breakIt: (f) => f.setCell('partners.csv', 2, 'source_ids', 'Example News'),
    expect: {
      type: 'constraint-error',
      file: 'data/partners.csv',
      rowNumber: 2,
      fieldName: 'source_ids',
      key: 'pattern',
      cell: 'Example News',
    },
  },
  ...['javascript:alert(1)', 'ftp://example.org/x', 'www.example.org'].map<Case>((url) => ({
    name: `a URL that is not http(s): ${url}`,
    breakIt: (f) => f.setCell('sources.csv', 2, 'url', url),
    expect: { type: 'constraint-error', file: 'data/sources.csv', rowNumber: 2, fieldName: 'url', key: 'url-scheme' },
    says: ['https://'],
  })),
  {
    name: 'text that is too long',
    breakIt: (f) => f.setCell('partners.csv', 2, 'short_name', 'B'.repeat(41)),
    expect: { type: 'constraint-error', file: 'data/partners.csv', rowNumber: 2, fieldName: 'short_name', key: 'too-long' },
  },
  {
    name: 'a negative population',
    breakIt: (f) => f.setCell('kelurahan.csv', 17, 'population', '-5'),
    expect: { type: 'constraint-error', file: 'data/kelurahan.csv', rowNumber: 17, fieldName: 'population', key: 'minimum' },
  },
  {
    name: 'coordinates outside the city',
    breakIt: (f) => f.setCell('sites.csv', 2, 'longitude', '117.5'),
    expect: { type: 'constraint-error', file: 'data/sites.csv', rowNumber: 2, fieldName: 'longitude', key: 'outside-city' },
    says: ['Kota Balikpapan', 'swapped'],
  },
  {
    name: 'swapped latitude and longitude',
    breakIt: (f) => {
      f.setCell('sites.csv', 2, 'latitude', '116.8650');
      f.setCell('sites.csv', 2, 'longitude', '-1.2150');
    },
    expect: { type: 'constraint-error', file: 'data/sites.csv', rowNumber: 2, fieldName: 'latitude', key: 'outside-city' },
  },
  // Keys
  {
    name: 'a duplicate primary key',
    breakIt: (f) => f.setCell('partners.csv', 3, 'id', 'bulog'),
    expect: { type: 'primary-key', file: 'data/partners.csv', rowNumber: 3, fieldName: 'id', cell: 'bulog' },
    says: ['line 2'],
  },
  {
    name: 'two cooperatives in one kelurahan',
    breakIt: (f) => f.setCell('cooperatives.csv', 3, 'kelurahan_code', '64.71.01.1001'),
    expect: { type: 'unique-error', file: 'data/cooperatives.csv', rowNumber: 3, fieldName: 'kelurahan_code' },
  },
  {
    name: 'a cooperative in an unknown kelurahan',
    breakIt: (f) => f.setCell('cooperatives.csv', 4, 'kelurahan_code', '64.71.03.1099'),
    expect: { type: 'foreign-key', file: 'data/cooperatives.csv', rowNumber: 4, fieldName: 'kelurahan_code', cell: '64.71.03.1099' },
    says: ['data/kelurahan.csv'],
  },
  {
    name: 'a kelurahan in an unknown kecamatan',
    breakIt: (f) => f.setCell('kelurahan.csv', 2, 'kecamatan_code', '64.71.09'),
    expect: { type: 'foreign-key', file: 'data/kelurahan.csv', rowNumber: 2, fieldName: 'kecamatan_code', cell: '64.71.09' },
  },
  {
    name: 'a partnership with an unknown partner',
    breakIt: (f) => f.setCell('partnerships.csv', 3, 'partner_id', 'pertamina'),
    expect: { type: 'foreign-key', file: 'data/partnerships.csv', rowNumber: 3, fieldName: 'partner_id', cell: 'pertamina' },
  },
  {
    name: 'a partnership with an unknown cooperative',
    breakIt: (f) => f.setCell('partnerships.csv', 3, 'cooperative_id', 'kkmp-64.71.03.1003'),
    expect: { type: 'foreign-key', file: 'data/partnerships.csv', rowNumber: 3, fieldName: 'cooperative_id' },
  },
  {
    name: 'an unknown source in a list',
    breakIt: (f) => f.setCell('partners.csv', 3, 'source_ids', 'example-news-2025-10-21;no-such-source'),
    expect: { type: 'foreign-key', file: 'data/partners.csv', rowNumber: 3, fieldName: 'source_ids', cell: 'no-such-source' },
    says: ['data/sources.csv'],
  },
  {
    name: 'a disagreement pointing to a row that does not exist',
    breakIt: (f) =>
      f.setLine(
        'disagreements.csv',
        2,
        f.read('disagreements.csv').split('\n')[1]!.replace('manggar-2025-12-24-planned', 'manggar-2025-12-25-planned'),
      ),
    expect: { type: 'foreign-key', file: 'data/disagreements.csv', rowNumber: 2, fieldName: 'rows', key: 'row-reference' },
  },
  // Dates
  {
    name: 'a date after today',
    breakIt: (f) => f.setCell('events.csv', 3, 'date_end', '2026-12-24'),
    expect: { type: 'future-date', file: 'data/events.csv', rowNumber: 3, fieldName: 'date_end' },
    says: ['2026-11-29'],
  },
  {
    name: 'a date after today in a row that has another error too',
    breakIt: (f) => {
      f.setCell('events.csv', 3, 'date_end', '2026-12-24');
      f.setCell('events.csv', 3, 'kind', 'party');
    },
    expect: { type: 'future-date', file: 'data/events.csv', rowNumber: 3, fieldName: 'date_end' },
  },
  {
    name: 'a disagreement pointing into an object property instead of a table',
    breakIt: (f) =>
      f.setLine(
        'disagreements.csv',
        2,
        f
          .read('disagreements.csv')
          .split('\n')[1]!
          .replace('site_status:manggar-2025-12-24-planned', 'constructor:manggar-2025-12-24-planned'),
      ),
    expect: {
      type: 'foreign-key',
      file: 'data/disagreements.csv',
      rowNumber: 2,
      fieldName: 'rows',
      cell: 'constructor:manggar-2025-12-24-planned',
      key: 'row-reference',
    },
  },
  {
    name: 'a site completed before its groundbreaking',
    breakIt: (f) =>
      f.write(
        'site_status.csv',
        `${f.read('site_status.csv')}graha-indah-2025-10-01-completed,graha-indah,completed,2025-10-01,event,example-news-2025-10-21,,\n`,
      ),
    expect: { type: 'date-order', file: 'data/site_status.csv', rowNumber: 6, fieldName: 'date' },
    says: ['groundbreaking', '2025-10-17'],
  },
  // Row rules
  {
    name: 'a named scope without its cooperative',
    breakIt: (f) => f.setCell('partnerships.csv', 3, 'cooperative_id', ''),
    expect: {
      type: 'row-constraint',
      file: 'data/partnerships.csv',
      rowNumber: 3,
      fieldName: 'cooperative_id',
      key: 'scope-needs-cooperative',
    },
  },
  {
    name: 'a city-wide scope with a cooperative',
    breakIt: (f) => f.setCell('partnerships.csv', 2, 'cooperative_id', 'kkmp-64.71.01.1001'),
    expect: {
      type: 'row-constraint',
      file: 'data/partnerships.csv',
      rowNumber: 2,
      fieldName: 'cooperative_id',
      key: 'scope-all-has-cooperative',
    },
  },
  {
    name: 'a member count without a source',
    breakIt: (f) => f.setCell('cooperatives.csv', 4, 'member_count_source_id', ''),
    expect: {
      type: 'row-constraint',
      file: 'data/cooperatives.csv',
      rowNumber: 4,
      fieldName: 'member_count_source_id',
      key: 'figure-needs-source',
    },
  },
  {
    name: 'a population without its year',
    breakIt: (f) => f.setCell('kelurahan.csv', 17, 'population_year', ''),
    expect: {
      type: 'row-constraint',
      file: 'data/kelurahan.csv',
      rowNumber: 17,
      fieldName: 'population_year',
      key: 'population-needs-year',
    },
  },
  {
    name: 'a range upside down',
    breakIt: (f) => f.setCell('indicators.csv', 3, 'value_high', '10'),
    expect: { type: 'row-constraint', file: 'data/indicators.csv', rowNumber: 3, fieldName: 'value_high', key: 'range-reversed' },
  },
  {
    name: 'a percentage above 100',
    breakIt: (f) => f.setCell('indicators.csv', 2, 'value', '120'),
    expect: { type: 'row-constraint', file: 'data/indicators.csv', rowNumber: 2, fieldName: 'value', key: 'percent-out-of-range' },
  },
  {
    name: 'an event ending before it starts',
    breakIt: (f) => f.setCell('events.csv', 3, 'date_end', '2025-12-01'),
    expect: { type: 'row-constraint', file: 'data/events.csv', rowNumber: 3, fieldName: 'date_end', key: 'end-before-start' },
  },
  {
    name: 'a kelurahan-level event without a kelurahan',
    breakIt: (f) => f.setCell('events.csv', 2, 'kelurahan_code', ''),
    expect: { type: 'row-constraint', file: 'data/events.csv', rowNumber: 2, fieldName: 'kelurahan_code', key: 'level-needs-kelurahan' },
  },
  {
    name: 'a source published after it was accessed',
    breakIt: (f) => f.setCell('sources.csv', 2, 'published', '2025-11-02'),
    expect: { type: 'row-constraint', file: 'data/sources.csv', rowNumber: 2, fieldName: 'published', key: 'published-after-accessed' },
  },
  {
    name: 'a kelurahan code outside its kecamatan',
    breakIt: (f) => f.setCell('kelurahan.csv', 2, 'kecamatan_code', '64.71.02'),
    expect: {
      type: 'row-constraint',
      file: 'data/kelurahan.csv',
      rowNumber: 2,
      fieldName: 'kecamatan_code',
      key: 'kelurahan-outside-kecamatan',
    },
  },
  {
    name: 'a kelurahan missing from the list',
    breakIt: (f) => f.write('kelurahan.csv', f.read('kelurahan.csv').replace(/\n64\.71\.06\.1005[^\n]*/, '')),
    expect: { type: 'table-dimensions', file: 'data/kelurahan.csv', key: 'kelurahan-count' },
    says: ['33 kelurahan', '34'],
  },
  // Boundaries
  {
    name: 'boundaries that are not JSON',
    breakIt: (f) => f.write('kelurahan-boundaries.geojson', '{"type": "FeatureCollection", "features": ['),
    expect: { type: 'geojson-error', file: 'data/kelurahan-boundaries.geojson', key: 'boundary-invalid' },
  },
  {
    name: 'boundaries in lat/lon order',
    breakIt: (f) => {
      const g = JSON.parse(f.read('kelurahan-boundaries.geojson'));
      const swap = (c: unknown): unknown => (Array.isArray(c) && typeof c[0] === 'number' ? [c[1], c[0]] : (c as unknown[]).map(swap));
      g.features[0].geometry.coordinates = swap(g.features[0].geometry.coordinates);
      f.write('kelurahan-boundaries.geojson', JSON.stringify(g));
    },
    expect: { type: 'geojson-error', file: 'data/kelurahan-boundaries.geojson', key: 'boundary-lat-lon' },
    says: ['longitude first'],
  },
  {
    name: 'a kelurahan without a boundary',
    breakIt: (f) => {
      const g = JSON.parse(f.read('kelurahan-boundaries.geojson'));
      g.features = g.features.filter((x: { properties: { code: string } }) => x.properties.code !== '64.71.03.1006');
      f.write('kelurahan-boundaries.geojson', JSON.stringify(g));
    },
    expect: { type: 'geojson-error', file: 'data/kelurahan-boundaries.geojson', key: 'boundary-missing-code' },
    says: ['64.71.03.1006'],
  },
  {
    name: 'a boundary with an unknown code',
    breakIt: (f) => {
      const g = JSON.parse(f.read('kelurahan-boundaries.geojson'));
      g.features[0].properties.code = '64.71.09.1001';
      f.write('kelurahan-boundaries.geojson', JSON.stringify(g));
    },
    expect: { type: 'geojson-error', file: 'data/kelurahan-boundaries.geojson', key: 'boundary-unknown-code' },
  },
];
