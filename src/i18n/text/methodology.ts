/**
 * The methodology page's prose, in both languages. The lists on that page (stages, statuses,
 * source kinds, disagreements, corrections, sources) are generated from the schemas and the
 * data; only the explanations around them live here.
 */
import { defineText } from '../define-text';

const id = {
  lead: 'Bagaimana data ini dikumpulkan, diperiksa, dan diperbaiki, supaya setiap angka di situs ini dapat Anda telusuri sampai ke sumbernya.',
  contents: 'Isi halaman',
  sources: {
    heading: 'Kebijakan sumber',
    paragraphs: [
      'Setiap baris data menyebut paling sedikit satu sumber dari tabel sources: berita, situs pemerintah, peraturan, atau dataset. Untuk setiap sumber kami mencatat penerbit, alamat, tanggal terbit (bila diketahui), dan tanggal kami memeriksanya. Situs ini menampilkan data per tanggal pemeriksaan terakhir.',
      'Kami meringkas dengan kata-kata sendiri dan tidak menyalin berita. Kami tidak mencatat nama warga, anggota, atau pengurus koperasi; pejabat disebut dengan jabatannya.',
      'Yang tidak diketahui kami biarkan kosong di data dan kami tulis "tidak diketahui" di situs. Kami tidak menebak angka, tanggal, alamat, atau koordinat.',
      'Pernyataan sumber tentang semua koperasi sekaligus (misalnya "ke-34 koperasi sudah berbadan hukum") berlaku untuk setiap koperasi dan ditandai "seluruh kota". Angka agregat yang tidak menyebut koperasi mana (misalnya "sekitar 20 persen") tetap menjadi angka tingkat kota dan tidak pernah dibagikan ke kelurahan.',
    ],
    kindsHeading: 'Jenis sumber',
    dateKindsHeading: 'Arti tanggal sebuah fakta',
    scopesHeading: 'Cakupan sebuah pernyataan',
    titleBasisHeading: 'Dari mana judul sumber berasal',
  },
  stages: {
    heading: 'Definisi tahapan',
    intro: 'Semua label di bawah dibuat langsung dari skema data, jadi selalu sama dengan yang dipakai validator dan berkas unduhan.',
    cooperative: 'Tahapan koperasi',
    cooperativeStatus: 'Status sebuah tahap',
    partnership: 'Tahapan kemitraan',
    site: 'Status lokasi gerai & gudang',
    progress: 'Tahap terjauh (untuk grafik dan peta)',
    progressIntro:
      'Untuk setiap koperasi kami mengambil tahap paling lanjut yang dilaporkan tercapai, dari tabel tahapan maupun kemitraan. Bila tahap itu hanya diketahui dari pernyataan untuk seluruh kota, dasarnya ditulis "seluruh kota". Tahap "tidak diketahui" adalah kelas tersendiri, bukan celah.',
    measures: 'Ukuran tingkat kota',
    code: 'Kode',
    label: 'Arti',
  },
  disagreements: {
    heading: 'Bila sumber tidak sepakat',
    paragraphs: [
      'Kami tidak memilih salah satu versi diam-diam. Setiap versi disimpan sebagai baris tersendiri dengan sumbernya, lalu tabel disagreements menautkan baris-baris yang bertentangan dan menjelaskan perbedaannya. Situs menampilkan semua versi berdampingan, dengan tanda "sumber tidak sepakat".',
      'Sebuah perbedaan ditandai terselesaikan hanya bila sumber yang lebih baru menjawabnya; baris lama tetap disimpan.',
    ],
    listHeading: (n: number) => `Perbedaan yang tercatat (${n})`,
  },
  corrections: {
    heading: 'Catatan koreksi',
    intro:
      'Setiap nilai terbitan yang ternyata salah dan kami perbaiki dicatat di sini: apa, kapan, dan mengapa. Perubahan per baris antarrilis juga tercatat di riwayat perubahan pada halaman unduhan data.',
    none: (date: string) => `Belum ada koreksi per ${date}.`,
    caption: 'Koreksi atas nilai yang sudah terbit',
    date: 'Tanggal',
    row: 'Baris',
    field: 'Kolom',
    before: 'Nilai lama',
    after: 'Nilai baru',
    reason: 'Alasan',
    empty: '(kosong)',
    changelog: 'Riwayat perubahan data per rilis',
  },
  licence: {
    heading: 'Lisensi dan cara mengutip',
    data: 'Data yang kami susun dilisensikan dengan Creative Commons Attribution 4.0 (CC BY 4.0): Anda boleh memakai, membagikan, dan mengubahnya untuk tujuan apa pun, asal menyebut sumbernya.',
    codes:
      'Kode kecamatan dan kelurahan serta batas wilayah berasal dari repositori berlisensi MIT dan tetap berlisensi MIT dengan atribusi:',
    code: 'Kode program situs dan validator berlisensi MIT.',
    cite: 'Cara mengutip: sebutkan nama proyek, versi data, dan alamat situs ini. Berkas sitasi (CITATION.cff) ada di repositori.',
    citeLink: 'Berkas sitasi',
  },
  contribute: {
    heading: 'Cara berkontribusi',
    paragraphs: [
      'Siapa pun boleh memperbaiki atau menambah data, tanpa perlu bisa memprogram. Setiap halaman punya tautan "Perbaiki data ini" ke berkas CSV yang ditampilkannya. Usulan masuk sebagai pull request dan diperiksa otomatis: validator menjelaskan setiap masalah dalam bahasa Indonesia atau Inggris, tepat di baris yang salah.',
      'Tambahkan sumbernya lebih dulu, tulis dengan kata-kata sendiri, jangan menebak, dan bila sumber berbeda, simpan semua versinya.',
    ],
    guide: 'Panduan berkontribusi (bahasa Indonesia dan Inggris)',
    issue: 'Laporkan kesalahan tanpa mengedit data',
    repository: 'Repositori data dan kode',
  },
  allSources: {
    heading: (n: number) => `Semua sumber (${n})`,
  },
};

type MethodologyText = typeof id;

const en: MethodologyText = {
  lead: 'How this data is gathered, checked and corrected, so that you can trace every figure on this site back to its source.',
  contents: 'On this page',
  sources: {
    heading: 'Sources policy',
    paragraphs: [
      'Every row of the data cites at least one source from the sources table: a news article, a government page, a regulation or a dataset. For each source we record the publisher, the address, the publication date (when known) and the day we checked it. The site shows the data as of the latest check.',
      'We summarise in our own words and do not copy articles. We do not record the names of residents, members or board members of the cooperatives; officials are referred to by their position.',
      'What is not known is left empty in the data and written "unknown" on the site. We never guess figures, dates, addresses or coordinates.',
      'A source statement about every cooperative at once (such as "all 34 cooperatives have legal-entity status") applies to each cooperative and is marked "city-wide". An aggregate that does not say which cooperatives it means (such as "about 20 percent") stays a city-level figure and is never spread onto the kelurahan.',
    ],
    kindsHeading: 'Kinds of source',
    dateKindsHeading: 'What the date of a fact means',
    scopesHeading: 'The scope of a statement',
    titleBasisHeading: "Where a source's title comes from",
  },
  stages: {
    heading: 'Definitions of the stages',
    intro: 'Every label below is generated from the data schemas, so it is always the one the validator and the downloads use.',
    cooperative: 'Cooperative stages',
    cooperativeStatus: 'Status of a stage',
    partnership: 'Partnership stages',
    site: 'Outlet & warehouse site statuses',
    progress: 'Furthest stage (for the charts and the map)',
    progressIntro:
      'For each cooperative we take the most advanced stage reported as reached, from the stages and the partnerships tables. When that stage is known only from a statement about the whole city, its basis reads "city-wide". "Unknown" is a class of its own, not a gap.',
    measures: 'City-level measures',
    code: 'Code',
    label: 'Meaning',
  },
  disagreements: {
    heading: 'When sources disagree',
    paragraphs: [
      'We never pick one version silently. Every version is kept as its own row with its sources, and the disagreements table links the conflicting rows and explains the difference. The site shows every version side by side, flagged "sources disagree".',
      'A disagreement is marked resolved only when a newer source settles it; the older rows are kept.',
    ],
    listHeading: (n: number) => `Recorded disagreements (${n})`,
  },
  corrections: {
    heading: 'Corrections log',
    intro:
      'Every published value that turned out to be wrong and was fixed is logged here: what, when and why. Row-level changes between releases are also in the change history on the data download page.',
    none: (date: string) => `No corrections as of ${date}.`,
    caption: 'Corrections to published values',
    date: 'Date',
    row: 'Row',
    field: 'Column',
    before: 'Old value',
    after: 'New value',
    reason: 'Reason',
    empty: '(empty)',
    changelog: 'Change history of the data, release by release',
  },
  licence: {
    heading: 'Licence and how to cite',
    data: 'The data we compiled is licensed under Creative Commons Attribution 4.0 (CC BY 4.0): you may use, share and adapt it for any purpose, provided you credit the source.',
    codes: 'The kecamatan and kelurahan codes and the boundaries come from MIT-licensed repositories and stay under MIT with attribution:',
    code: 'The code of the site and the validator is MIT-licensed.',
    cite: 'How to cite: give the project name, the data version and the address of this site. A citation file (CITATION.cff) is in the repository.',
    citeLink: 'Citation file',
  },
  contribute: {
    heading: 'How to contribute',
    paragraphs: [
      'Anyone can correct or add data, with no programming needed. Every page has a "Fix this data" link to the CSV files it shows. Proposals come in as pull requests and are checked automatically: the validator explains every problem in Indonesian or English, on the line that needs fixing.',
      'Add the source first, write in your own words, never guess, and when sources differ, keep every version.',
    ],
    guide: 'Contributing guide (Indonesian and English)',
    issue: 'Report a mistake without editing the data',
    repository: 'Data and code repository',
  },
  allSources: {
    heading: (n: number) => `All sources (${n})`,
  },
};

export const methodology = defineText({ id, en });
