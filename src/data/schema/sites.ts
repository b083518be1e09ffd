import { region } from '../../config/region';
import { decimal, identifier, kelurahanCode, text } from './fields';
import { notes, sourceForeignKeys, sourceIds } from './common';
import { defineTable } from './table';

const [west, south, east, north] = region.bbox;

export const sites = defineTable({
  name: 'sites',
  title: { id: 'Lokasi gerai & gudang', en: 'Outlet & warehouse sites' },
  description: {
    id: 'Lokasi pembangunan gerai dan gudang koperasi. Status dari waktu ke waktu ada di tabel site_status.',
    en: "Build sites of the cooperatives' outlets (gerai) and warehouses (gudang). Status over time is in the site_status table.",
  },
  licence: 'CC-BY-4.0',
  primaryKey: 'id',
  fields: {
    id: identifier({
      example: 'graha-indah',
      title: { id: 'id lokasi', en: 'Site id' },
      description: { id: 'Pengenal tetap lokasi.', en: 'Stable identifier of the site.' },
    }),
    kelurahan_code: kelurahanCode({
      title: { id: 'Kelurahan', en: 'Kelurahan' },
      description: { id: 'Kelurahan tempat lokasi ini (kode dari tabel kelurahan).', en: 'The kelurahan of the site (a code from the kelurahan table).' },
    }),
    address: text({
      optional: true,
      maxLength: 200,
      example: 'Jl. Projaka KM 5,5',
      title: { id: 'Alamat', en: 'Address' },
      description: { id: 'Alamat menurut sumber. Kosong = tidak diketahui.', en: 'Address as given by the source. Empty = unknown.' },
    }),
    latitude: decimal({
      optional: true,
      coordinate: 'latitude',
      min: south,
      max: north,
      title: { id: 'Lintang', en: 'Latitude' },
      description: {
        id: `Lintang WGS84 dengan titik desimal (misalnya -1.2150), di dalam batas kota (${south} sampai ${north}). Kosong = tidak diketahui. Jangan menebak koordinat.`,
        en: `WGS84 latitude with a decimal point (such as -1.2150), inside the city bounds (${south} to ${north}). Empty = unknown. Never guess coordinates.`,
      },
    }),
    longitude: decimal({
      optional: true,
      coordinate: 'longitude',
      min: west,
      max: east,
      title: { id: 'Bujur', en: 'Longitude' },
      description: {
        id: `Bujur WGS84 dengan titik desimal, di dalam batas kota (${west} sampai ${east}). Kosong = tidak diketahui.`,
        en: `WGS84 longitude with a decimal point, inside the city bounds (${west} to ${east}). Empty = unknown.`,
      },
    }),
    coordinates_source_id: identifier({
      optional: true,
      example: 'kodim-0905-site-list-2026',
      title: { id: 'Sumber koordinat', en: 'Coordinates source' },
      description: { id: 'id sumber koordinat (tabel sources). Wajib bila koordinat diisi.', en: 'Source id of the coordinates (sources table). Required when coordinates are given.' },
    }),
    builder: text({
      optional: true,
      maxLength: 120,
      example: 'TNI',
      title: { id: 'Pelaksana pembangunan', en: 'Builder' },
      description: { id: 'Siapa yang membangun, menurut sumber. Kosong = tidak diketahui.', en: 'Who builds it, according to the source. Empty = unknown.' },
    }),
    funding_scheme: text({
      optional: true,
      maxLength: 160,
      example: 'Danantara / PT Agrinas Pangan Nusantara',
      title: { id: 'Skema pendanaan', en: 'Funding scheme' },
      description: { id: 'Skema pendanaan menurut sumber. Kosong = tidak diketahui.', en: 'Funding scheme according to the source. Empty = unknown.' },
    }),
    source_ids: sourceIds(),
    ...notes(),
  },
  foreignKeys: [
    { field: 'kelurahan_code', resource: 'kelurahan', referenceField: 'code' },
    { field: 'coordinates_source_id', resource: 'sources', referenceField: 'id' },
    ...sourceForeignKeys(),
  ],
  rules: [
    (row, report) => {
      if ((row.latitude === undefined) !== (row.longitude === undefined)) report(row.latitude === undefined ? 'latitude' : 'longitude', 'coordinates-need-pair');
      if (row.latitude !== undefined && !row.coordinates_source_id) report('coordinates_source_id', 'figure-needs-source');
      if (row.latitude === undefined && row.longitude === undefined && row.coordinates_source_id) report('latitude', 'orphan-figure-detail');
    },
  ],
});
