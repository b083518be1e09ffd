/**
 * Writes a synthetic dataset of any size for benchmarks: kecamatan, kelurahan, one cooperative
 * per kelurahan, one stage statement per cooperative, partnerships, sites with their statuses,
 * events, sources, a few disagreements, and a boundary file of small squares. Text cells have
 * the lengths of the real notes. The same seed and size always give the same bytes.
 *
 * Nothing here is real: names and codes are made up, and the data is never published. It is
 * valid against the schemas, except that the region expects its own number of kelurahan.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { region } from '../config/region';
import { BOUNDARIES_FILE, columnsOf, tables, type TableName } from '../data/schema/index';
import type { TableDefinition } from '../data/schema/table';

/** Kelurahan in Kalimantan Timur, and desa and kelurahan in Indonesia (the national programme). */
export const SIZES = { kaltim: 1038, national: 83762 } as const;

/** The day the generated data is checked against: every date in it lies before. */
export const BENCH_TODAY = '2026-11-29';

export interface GenerateOptions {
  dir: string;
  kelurahan: number;
  seed?: number;
}

export interface GeneratedDataset {
  dir: string;
  rows: Record<TableName, number>;
  bytes: number;
}

/** mulberry32: small, fast, and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of the real notes, so that text has realistic word lengths, commas and quoting.
const WORDS_ID =
  'kepala dinas koperasi kelurahan menyebut pengurus sudah mengajukan kerja sama dengan bumn gerai gudang lahan milik pemkot belum diketahui pembangunan dimulai saat peletakan batu pertama ditargetkan selesai sekitar tiga bulan anggota rapat koordinasi wakil wali kota sumber tidak menyebut tanggal akta notaris badan hukum kemitraan sembako elpiji modal usaha pendamping'.split(
    ' ',
  );
const WORDS_EN =
  'the head of the cooperative office said board had applied to work with state-owned firms outlet warehouse land owned by the city not yet known building began at groundbreaking due to finish in about three months members coordination meeting deputy mayor source does not give date notary deed legal entity partnership groceries gas capital business mentor'.split(
    ' ',
  );

function sentence(rand: () => number, words: string[], min: number, max: number): string {
  const target = min + Math.floor(rand() * (max - min));
  const out: string[] = [];
  let length = 0;
  while (length < target) {
    let word = words[Math.floor(rand() * words.length)]!;
    if (out.length > 0 && rand() < 0.08) word = `${word},`;
    out.push(word);
    length += word.length + 1;
  }
  const text = out.join(' ').replace(/,$/, '');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function isoDay(rand: () => number): string {
  const day = new Date(Date.UTC(2025, 4, 1) + Math.floor(rand() * 300) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function write(dir: string, name: TableName, rows: Record<string, string>[]): number {
  const table = tables[name] as unknown as TableDefinition;
  const columns = columnsOf(table);
  const sorted = [...rows].sort((a, b) => (a[table.primaryKey]! < b[table.primaryKey]! ? -1 : 1));
  const text = stringify([columns, ...sorted.map((row) => columns.map((c) => row[c] ?? ''))], { record_delimiter: '\n' });
  writeFileSync(join(dir, `${name}.csv`), text);
  return Buffer.byteLength(text);
}

export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const rand = random(options.seed ?? 20260101);
  const n = options.kelurahan;
  const dir = options.dir;
  mkdirSync(dir, { recursive: true });
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

  const sources: Record<string, string>[] = [];
  const sourceCount = Math.max(3, Math.ceil(n / 10));
  for (let i = 0; i < sourceCount; i++) {
    const published = isoDay(rand);
    sources.push({
      id: `news-${pad(i, 6)}`,
      title: sentence(rand, WORDS_ID, 40, 90).replace(/\.$/, ''),
      title_basis: pick(['stated', 'url']),
      publisher: `Media ${pad(i % 97, 2)}`,
      url: `https://news${i % 97}.example.org/${published.replace(/-/g, '/')}/berita-${i}`,
      published,
      published_basis: 'stated',
      accessed: '2026-06-30',
      language: 'id',
      kind: 'news',
    });
  }
  // Each source is cited at least once: the n-th citation goes to source n mod count.
  let citation = 0;
  const cite = () => {
    const first = sources[citation++ % sourceCount]!.id!;
    if (rand() < 0.3) {
      const second = sources[citation++ % sourceCount]!.id!;
      return second === first ? first : `${first};${second}`;
    }
    return first;
  };
  const citeOne = (): string => sources[citation++ % sourceCount]!.id!;
  const notes = () =>
    rand() < 0.9
      ? { note_ind: sentence(rand, WORDS_ID, 100, 215), note_eng: sentence(rand, WORDS_EN, 100, 215) }
      : { note_ind: '', note_eng: '' };

  const kecamatanRows: Record<string, string>[] = [];
  const kelurahanRows: Record<string, string>[] = [];
  const perKecamatan = 12;
  const kecamatanCount = Math.ceil(n / perKecamatan);
  for (let k = 0; k < kecamatanCount; k++) {
    // Province 11–99, city 01–99, kecamatan 01–99: enough codes for every desa of Indonesia.
    const province = 11 + Math.floor(k / (99 * 99));
    const city = 1 + (Math.floor(k / 99) % 99);
    const district = 1 + (k % 99);
    const code = `${pad(province, 2)}.${pad(city, 2)}.${pad(district, 2)}`;
    kecamatanRows.push({ code, name: `Kecamatan ${pad(k, 5)}`, bps_code: pad(1_000_000 + k, 7), source_ids: cite() });
    for (let j = 0; j < perKecamatan && kelurahanRows.length < n; j++) {
      const index = kelurahanRows.length;
      const withPopulation = rand() < 0.2;
      kelurahanRows.push({
        code: `${code}.${1001 + j}`,
        name: `Kelurahan ${pad(index, 5)}`,
        slug: `kelurahan-${pad(index, 5)}`,
        kecamatan_code: code,
        bps_code: pad(1_000_000_000 + index, 10),
        population: withPopulation ? String(2000 + Math.floor(rand() * 30000)) : '',
        population_year: withPopulation ? '2024' : '',
        population_source_id: withPopulation ? citeOne() : '',
        source_ids: cite(),
      });
    }
  }

  const partnerRows = [
    { id: 'bulog', name: 'Perum Bulog', short_name: 'Bulog', kind: 'bumn', sector: 'food', source_ids: cite() },
    { id: 'kimia-farma', name: 'PT Kimia Farma Tbk', short_name: 'Kimia Farma', kind: 'bumn', sector: 'pharmacy', source_ids: cite() },
    {
      id: 'pertamina-patra-niaga',
      name: 'PT Pertamina Patra Niaga',
      short_name: 'Patra Niaga',
      kind: 'bumn',
      sector: 'energy',
      source_ids: cite(),
    },
  ];
  const lineOf: Record<string, string> = { bulog: 'sembako', 'kimia-farma': 'medicines', 'pertamina-patra-niaga': 'lpg-nonsubsidised' };

  const cooperativeRows: Record<string, string>[] = [];
  const stageRows: Record<string, string>[] = [];
  const partnershipRows: Record<string, string>[] = [];
  const stages = ['musyawarah', 'notary-deed', 'legal-entity', 'nib', 'npwp', 'operating'];
  const partnershipStages = ['offered', 'applied', 'requirements-met', 'agreement-signed', 'active'];
  for (const kelurahan of kelurahanRows) {
    const id = `kkmp-${kelurahan.code}`;
    const counted = rand() < 0.1;
    cooperativeRows.push({
      id,
      kelurahan_code: kelurahan.code!,
      name: `Koperasi Kelurahan Merah Putih ${kelurahan.name!.replace('Kelurahan ', '')}`,
      name_basis: 'naming-rule',
      member_count: counted ? String(15 + Math.floor(rand() * 300)) : '',
      member_count_date: counted ? isoDay(rand) : '',
      member_count_source_id: counted ? citeOne() : '',
      source_ids: cite(),
    });
    const stage = pick(stages);
    const date = isoDay(rand);
    stageRows.push({
      id: `${kelurahan.slug}-${stage}-${date}`,
      scope: 'cooperative',
      cooperative_id: id,
      stage,
      status: pick(['reached', 'reached', 'in-progress']),
      date,
      date_kind: pick(['as-of', 'event']),
      source_ids: cite(),
      ...notes(),
    });
    if (rand() < 0.25) {
      const partner = pick(partnerRows).id;
      const partnershipStage = pick(partnershipStages);
      partnershipRows.push({
        id: `${kelurahan.slug}-${partner}-${partnershipStage}`,
        scope: 'cooperative',
        cooperative_id: id,
        partner_id: partner,
        business_line: lineOf[partner]!,
        stage: partnershipStage,
        date: isoDay(rand),
        date_kind: 'as-of',
        source_ids: cite(),
        ...notes(),
      });
    }
  }

  const siteRows: Record<string, string>[] = [];
  const statusRows: Record<string, string>[] = [];
  const [west, south, east, north] = region.bbox;
  for (const kelurahan of kelurahanRows) {
    if (rand() >= 0.1) continue;
    const id = kelurahan.slug!;
    const located = rand() < 0.5;
    siteRows.push({
      id,
      kelurahan_code: kelurahan.code!,
      address: `Jl. ${sentence(rand, WORDS_ID, 10, 30).replace(/\.$/, '')} RT ${1 + Math.floor(rand() * 60)}`,
      latitude: located ? (south + rand() * (north - south)).toFixed(5) : '',
      longitude: located ? (west + rand() * (east - west)).toFixed(5) : '',
      coordinates_source_id: located ? citeOne() : '',
      builder: 'TNI',
      funding_scheme: '',
      source_ids: cite(),
      ...notes(),
    });
    const start = isoDay(rand);
    statusRows.push({
      id: `${id}-${start}-groundbreaking`,
      site_id: id,
      status: 'groundbreaking',
      date: start,
      date_kind: 'event',
      source_ids: cite(),
      ...notes(),
    });
    if (rand() < 0.6) {
      const later = new Date(Date.parse(start) + (1 + Math.floor(rand() * 60)) * 86_400_000).toISOString().slice(0, 10);
      statusRows.push({
        id: `${id}-${later}-under-construction`,
        site_id: id,
        status: 'under-construction',
        date: later,
        date_kind: 'as-of',
        source_ids: cite(),
        ...notes(),
      });
    }
  }

  const eventRows: Record<string, string>[] = [];
  for (let i = 0; i < Math.max(2, Math.ceil(n / 20)); i++) {
    const kelurahan = kelurahanRows[Math.floor(rand() * kelurahanRows.length)]!;
    const local = rand() < 0.7;
    const date = isoDay(rand);
    eventRows.push({
      id: `${date}-event-${pad(i, 6)}`,
      date,
      date_end: '',
      kind: pick(['meeting', 'launch', 'announcement', 'training']),
      level: local ? 'kelurahan' : 'city',
      kelurahan_code: local ? kelurahan.code! : '',
      title_ind: sentence(rand, WORDS_ID, 60, 160),
      title_eng: sentence(rand, WORDS_EN, 60, 160),
      source_ids: cite(),
    });
  }

  const indicatorRows = [
    {
      id: 'kelurahan-total-2025-06-01',
      measure: 'kelurahan-total',
      date: '2025-06-01',
      value: String(n),
      value_high: '',
      unit: 'count',
      approximate: 'false',
      source_ids: cite(),
    },
    {
      id: 'legal-entity-share-2025-07-07',
      measure: 'legal-entity-share',
      date: '2025-07-07',
      value: '100',
      value_high: '',
      unit: 'percent',
      approximate: 'false',
      source_ids: cite(),
    },
  ].map((row) => ({ ...row, ...notes() }));

  // Disagreements between two status rows of the same site, with that site's kelurahan.
  const disagreementRows: Record<string, string>[] = [];
  const bySite = new Map<string, Record<string, string>[]>();
  for (const row of statusRows) bySite.set(row.site_id!, [...(bySite.get(row.site_id!) ?? []), row]);
  for (const [site, rows] of bySite) {
    if (rows.length < 2 || disagreementRows.length >= Math.max(1, Math.ceil(n / 1000))) continue;
    const kelurahanCode = siteRows.find((s) => s.id === site)!.kelurahan_code!;
    disagreementRows.push({
      id: `${site}-status`,
      topic_ind: `Status lokasi ${site}`,
      topic_eng: `Status of the ${site} site`,
      summary_ind: sentence(rand, WORDS_ID, 200, 400),
      summary_eng: sentence(rand, WORDS_EN, 200, 400),
      rows: rows.map((r) => `site_status:${r.id}`).join(';'),
      kelurahan_codes: kelurahanCode,
      status: 'open',
      source_ids: cite(),
    });
  }

  const rows: Record<TableName, Record<string, string>[]> = {
    sources,
    kecamatan: kecamatanRows,
    kelurahan: kelurahanRows,
    cooperatives: cooperativeRows,
    cooperative_stages: stageRows,
    partners: partnerRows,
    partnerships: partnershipRows,
    sites: siteRows,
    site_status: statusRows,
    indicators: indicatorRows,
    events: eventRows,
    disagreements: disagreementRows,
    corrections: [],
  };
  let bytes = 0;
  for (const name of Object.keys(rows) as TableName[]) bytes += write(dir, name, rows[name]);

  // One small square per kelurahan on a grid inside the region's box.
  const side = Math.ceil(Math.sqrt(n));
  const step = Math.min((east - west) / side, (north - south) / side) * 0.9;
  const features = kelurahanRows.map((kelurahan, i) => {
    const x = west + 0.01 + (i % side) * step;
    const y = south + 0.01 + Math.floor(i / side) * step;
    const corner = (a: number, b: number) => [Number(a.toFixed(6)), Number(b.toFixed(6))];
    const d = step * 0.8;
    return {
      type: 'Feature',
      properties: { code: kelurahan.code, name: kelurahan.name },
      geometry: { type: 'Polygon', coordinates: [[corner(x, y), corner(x + d, y), corner(x + d, y + d), corner(x, y + d), corner(x, y)]] },
    };
  });
  const geojson = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(join(dir, BOUNDARIES_FILE), geojson);
  bytes += Buffer.byteLength(geojson);

  const counts = Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length])) as Record<TableName, number>;
  return { dir, rows: counts, bytes };
}
