/** Titles, summaries, units and column labels of the charts, in both languages. */
import { defineText } from '../define-text';

const id = {
  tableToggle: 'Tampilkan tabel data grafik ini',
  unit: 'Satuan',
  legend: 'Keterangan warna',
  total: 'Jumlah',
  progress: {
    title: (total: number) => `Seberapa jauh ${total} koperasi melangkah`,
    summary: (top: { label: string; count: number } | undefined, total: number, named: number) =>
      top
        ? `Menurut sumber, ${top.count} dari ${total} koperasi paling jauh mencapai tahap “${top.label}”; hanya ${named} koperasi mencapai tahap terjauhnya lewat sumber yang menyebut namanya.`
        : `Belum ada sumber yang menyebut tahap satu pun dari ${total} koperasi.`,
    unit: (total: number) => `jumlah koperasi (dari ${total}), menurut tahap terjauh yang dilaporkan`,
    named: 'disebut namanya oleh sumber',
    cityWide: 'hanya lewat pernyataan untuk seluruh kota',
    caption: 'Koperasi menurut tahap terjauh dan dasar pernyataannya',
    level: 'Tahap terjauh',
  },
  partnerLines: {
    title: 'Kemitraan menurut BUMN dan lini usaha',
    summary: (offers: string[], named: number, signed: number) =>
      `${offers.length ? `Tawaran kemitraan untuk semua koperasi datang dari ${offers.join(', ')}. ` : ''}${named} koperasi disebut namanya dalam pengajuan kemitraan; ${signed === 0 ? 'belum ada perjanjian kemitraan yang dilaporkan' : `${signed} perjanjian dilaporkan sudah ditandatangani`}.`,
    unit: (total: number) => `jumlah koperasi (dari ${total}) menurut tahap kemitraan terakhir yang dilaporkan`,
    offeredCityWide: 'ditawari (pernyataan untuk semua koperasi)',
    noStatement: 'tidak ada pernyataan',
    caption: 'Koperasi menurut mitra, lini usaha, dan tahap kemitraan',
    row: 'Mitra dan lini usaha',
    valueLabel: (n: number) => `${n} disebut namanya`,
  },
  byKecamatan: {
    title: 'Koperasi yang disebut dalam kemitraan, menurut kecamatan',
    summary: (withAny: string[], total: number) =>
      withAny.length
        ? `Koperasi yang disebut namanya dalam kemitraan BUMN berada di ${withAny.length} dari ${total} kecamatan: ${withAny.join(', ')}.`
        : `Belum ada koperasi yang disebut namanya dalam kemitraan BUMN di ${total} kecamatan.`,
    unit: 'jumlah kelurahan di kecamatan itu',
    applied: 'mengajukan atau memenuhi syarat',
    signed: 'perjanjian ditandatangani atau berjalan',
    none: 'belum disebut dalam kemitraan',
    caption: 'Kelurahan per kecamatan menurut kemitraan koperasinya',
    row: 'Kecamatan',
    valueLabel: (n: number, of: number) => `${n} dari ${of}`,
  },
  namedVsCity: {
    title: 'Yang disebut per koperasi, dibanding angka seluruh kota',
    summary: (namedApplied: number, namedSigned: number, cityShare: string | undefined) =>
      `Sumber menyebut nama ${namedApplied} koperasi yang mengajukan kemitraan BUMN dan ${namedSigned} yang perjanjiannya sudah ditandatangani${cityShare ? `, sedangkan menurut angka seluruh kota ${cityShare} koperasi aktif bermitra dengan BUMN` : ''}; angka seluruh kota tidak mengatakan koperasi yang mana.`,
    unit: (total: number) => `persen dari ${total} koperasi (angka asli sumber ditulis di atas setiap batang)`,
    groups: {
      applied: 'Mengajukan kemitraan dengan BUMN',
      partnering: 'Bermitra aktif atau perjanjian ditandatangani',
      operating: 'Menjalankan usaha',
    },
    named: 'Disebut namanya di sumber',
    cityWide: 'Angka seluruh kota (tanpa nama)',
    namedValue: (n: number, month: string | undefined) => (month ? `${n} koperasi (${month})` : `${n} koperasi`),
    noSource: 'belum ada angka',
    caption: 'Angka per koperasi dan angka seluruh kota',
    figure: 'Hal',
    basis: 'Dasar',
    value: 'Angka sumber',
    share: 'Persen dari semua koperasi',
    date: 'Tanggal',
    note: 'Batang “seluruh kota” tidak menunjukkan koperasi mana yang dimaksud, sehingga tidak dibagikan ke halaman kelurahan.',
  },
  timeline: {
    title: 'Peristiwa per bulan',
    summary: (total: number, busiest: { month: string; count: number } | undefined) =>
      busiest
        ? `${total} peristiwa tercatat; bulan tersibuk adalah ${busiest.month} dengan ${busiest.count} peristiwa.`
        : 'Belum ada peristiwa tercatat.',
    unit: 'jumlah peristiwa per bulan, menurut tanggal mulainya',
    caption: 'Peristiwa per bulan dan tingkat pemerintahan',
    month: 'Bulan',
  },
};

type ChartWords = typeof id;

const en: ChartWords = {
  tableToggle: 'Show the data table of this chart',
  unit: 'Unit',
  legend: 'Colour key',
  total: 'Total',
  progress: {
    title: (total: number) => `How far the ${total} cooperatives have got`,
    summary: (top, total, named) =>
      top
        ? `According to the sources, ${top.count} of the ${total} cooperatives have got as far as “${top.label}”; only ${named} reached their furthest stage in a source that names them.`
        : `No source reports a stage for any of the ${total} cooperatives yet.`,
    unit: (total: number) => `number of cooperatives (of ${total}) by the furthest stage reported`,
    named: 'named by a source',
    cityWide: 'only through city-wide statements',
    caption: 'Cooperatives by furthest stage and the basis of the statement',
    level: 'Furthest stage',
  },
  partnerLines: {
    title: 'Partnerships by BUMN and business line',
    summary: (offers, named, signed) =>
      `${offers.length ? `Offers to every cooperative came from ${offers.join(', ')}. ` : ''}${named} cooperatives are named as applying for a partnership; ${signed === 0 ? 'no partnership agreement has been reported' : `${signed} agreements are reported as signed`}.`,
    unit: (total: number) => `number of cooperatives (of ${total}) by the latest reported partnership stage`,
    offeredCityWide: 'offered (statement covering every cooperative)',
    noStatement: 'no statement',
    caption: 'Cooperatives by partner, business line and partnership stage',
    row: 'Partner and business line',
    valueLabel: (n: number) => `${n} named`,
  },
  byKecamatan: {
    title: 'Cooperatives named in partnerships, by kecamatan',
    summary: (withAny, total) =>
      withAny.length
        ? `Cooperatives named in BUMN partnerships are in ${withAny.length} of the ${total} kecamatan: ${withAny.join(', ')}.`
        : `No cooperative in the ${total} kecamatan has been named in a BUMN partnership yet.`,
    unit: 'number of kelurahan in the kecamatan',
    applied: 'applied or met the requirements',
    signed: 'agreement signed or active',
    none: 'not named in a partnership',
    caption: 'Kelurahan per kecamatan by the partnerships of their cooperative',
    row: 'Kecamatan',
    valueLabel: (n, of) => `${n} of ${of}`,
  },
  namedVsCity: {
    title: 'What is stated per cooperative, next to city-wide figures',
    summary: (namedApplied, namedSigned, cityShare) =>
      `Sources name ${namedApplied} cooperatives that applied for a BUMN partnership and ${namedSigned} with a signed agreement${cityShare ? `, while a city-wide figure says ${cityShare} of cooperatives are actively partnering with a BUMN` : ''}; the city-wide figures do not say which cooperatives.`,
    unit: (total: number) => `percent of the ${total} cooperatives (the source's own figure is written above each bar)`,
    groups: {
      applied: 'Applied for a BUMN partnership',
      partnering: 'Actively partnering, or agreement signed',
      operating: 'Operating a business',
    },
    named: 'Named in a source',
    cityWide: 'City-wide figure (no names)',
    namedValue: (n, month) => (month ? `${n} cooperatives (${month})` : `${n} cooperatives`),
    noSource: 'no figure yet',
    caption: 'Per-cooperative and city-wide figures',
    figure: 'What',
    basis: 'Basis',
    value: "Source's figure",
    share: 'Percent of all cooperatives',
    date: 'Date',
    note: 'A city-wide bar does not say which cooperatives it means, so it is never spread onto the kelurahan pages.',
  },
  timeline: {
    title: 'Events per month',
    summary: (total, busiest) =>
      busiest
        ? `${total} events are recorded; the busiest month was ${busiest.month} with ${busiest.count} events.`
        : 'No events are recorded yet.',
    unit: 'number of events per month, by the day they start',
    caption: 'Events per month and level of government',
    month: 'Month',
  },
};

export const charts = defineText({ id, en });
