/**
 * Plain-language messages for every finding, in Indonesian and English. Each says what is
 * wrong and how to fix it, for an editor who is not a programmer. Tests pin these texts.
 */
import { releaseRuleMessages } from '../release/rule-messages';
import type { Lang } from '../schema/fields';
import type { Finding } from './problems';

type Params = Record<string, string>;
export type Message = Record<Lang, (p: Params) => string>;

const q = (s: string | undefined) => `«${s ?? ''}»`;

const validatorMessages = {
  'file-missing': {
    id: (p) => `Berkas ini tidak ada. Buat berkas ${p.file} dengan baris judul kolom: ${p.columns}.`,
    en: (p) => `This file is missing. Create ${p.file} with this header row: ${p.columns}.`,
  },
  'file-empty': {
    id: () => 'Berkas ini kosong. Setidaknya harus ada baris judul kolom; pulihkan isi berkas dari versi sebelumnya.',
    en: () => 'This file is empty. It needs at least the header row; restore its content from the previous version.',
  },
  'file-unreadable': {
    id: (p) => `Berkas tidak bisa dibaca (${p.reason}). Periksa bahwa ini berkas teks biasa.`,
    en: (p) => `The file cannot be read (${p.reason}). Check that it is a plain text file.`,
  },
  utf16: {
    id: () => 'Berkas disimpan sebagai UTF-16 ("Unicode Text"). Simpan ulang sebagai "CSV UTF-8 (Comma delimited)".',
    en: () => 'The file is saved as UTF-16 ("Unicode Text"). Save it again as "CSV UTF-8 (Comma delimited)".',
  },
  'not-utf8': {
    id: (p) =>
      `Baris ini berisi byte ${p.byte} yang bukan UTF-8 (dalam Latin-1 itu huruf ${q(p.latin1)}). Berkas kemungkinan disimpan sebagai "CSV (Comma delimited)" biasa. Simpan ulang sebagai "CSV UTF-8 (Comma delimited)".`,
    en: (p) =>
      `This line contains the byte ${p.byte}, which is not UTF-8 (in Latin-1 it is ${q(p.latin1)}). The file was probably saved as plain "CSV (Comma delimited)". Save it again as "CSV UTF-8 (Comma delimited)".`,
  },
  'semicolon-delimiter': {
    id: () =>
      'Kolom dipisah titik koma (;), bukan koma. Excel dengan pengaturan bahasa Indonesia melakukan ini. Simpan sebagai "CSV UTF-8 (Comma delimited)", atau ubah pemisah daftar di pengaturan wilayah menjadi koma.',
    en: () =>
      'Columns are separated by semicolons (;) instead of commas. Excel does this with Indonesian regional settings. Save as "CSV UTF-8 (Comma delimited)", or set the list separator in the regional settings to a comma.',
  },
  'tab-delimiter': {
    id: () => 'Kolom dipisah tab, bukan koma. Simpan sebagai "CSV UTF-8 (Comma delimited)".',
    en: () => 'Columns are separated by tabs instead of commas. Save as "CSV UTF-8 (Comma delimited)".',
  },
  'quote-unclosed': {
    id: (p) =>
      `Tanda kutip (") di kolom ${p.column} baris ini tidak ditutup, sehingga koma sesudahnya tidak lagi memisahkan sel. Bila sel ini memuat koma, tambahkan tanda kutip penutup di akhir sel itu; bila tidak, hapus tanda kutipnya.`,
    en: (p) =>
      `The quote (") at column ${p.column} of this line is never closed, so the commas after it no longer separate cells. If the cell contains a comma, add a closing quote at the end of that cell; otherwise delete the quote.`,
  },
  'text-after-quote': {
    id: (p) =>
      `Ada teks sesudah tanda kutip penutup (") di kolom ${p.column}. Tanda kutip di dalam sel ditulis dua kali ("") dan seluruh sel diapit tanda kutip, misalnya "kata ""dikutip"" di sini"; atau hapus tanda kutipnya.`,
    en: (p) =>
      `Text follows the closing quote (") at column ${p.column}. A quote inside a cell is written twice ("") and the whole cell is put in quotes, like "a ""quoted"" word"; or delete the quotes.`,
  },
  'quote-inside-cell': {
    id: (p) =>
      `Sel ini memuat tanda kutip (") di kolom ${p.column} tetapi tidak diawali tanda kutip. Apit seluruh sel dengan tanda kutip dan tulis tanda kutip di dalamnya dua kali (""), atau hapus tanda kutip itu.`,
    en: (p) =>
      `This cell contains a quote (") at column ${p.column} but does not start with one. Put the whole cell in quotes and write the inner quote twice (""), or delete the quote.`,
  },
  'missing-label': {
    id: (p) => `Kolom ${q(p.field)} tidak ada di baris judul. Tambahkan kolom itu; urutan kolom yang benar: ${p.columns}.`,
    en: (p) => `The column ${q(p.field)} is missing from the header. Add it; the correct column order is: ${p.columns}.`,
  },
  'extra-label': {
    id: (p) => `Kolom ${q(p.cell)} tidak dikenal. Hapus kolom itu, atau periksa ejaannya; kolom yang benar: ${p.columns}.`,
    en: (p) => `The column ${q(p.cell)} is not part of this table. Remove it or check its spelling; the columns are: ${p.columns}.`,
  },
  'incorrect-label': {
    id: (p) => `Kolom ke-${p.position} seharusnya ${q(p.field)}, tertulis ${q(p.cell)}. Susun kolom dalam urutan ini: ${p.columns}.`,
    en: (p) => `Column ${p.position} should be ${q(p.field)} but is ${q(p.cell)}. Put the columns in this order: ${p.columns}.`,
  },
  'duplicate-label': {
    id: (p) => `Kolom ${q(p.cell)} muncul dua kali di baris judul. Hapus salah satunya.`,
    en: (p) => `The column ${q(p.cell)} appears twice in the header. Remove one of them.`,
  },
  'blank-label': {
    id: (p) => `Kolom ke-${p.position} di baris judul tidak bernama. Hapus kolom kosong itu.`,
    en: (p) => `Column ${p.position} of the header has no name. Remove the empty column.`,
  },
  'header-unusable': {
    id: () => 'Baris judul kolom tidak sesuai, jadi isi baris di bawahnya belum diperiksa. Perbaiki judul kolom dulu.',
    en: () => 'The header does not match, so the rows below were not checked. Fix the header first.',
  },
  'blank-row': {
    id: () => 'Baris kosong. Hapus baris ini (baris kosong tidak diperbolehkan, juga di akhir berkas).',
    en: () => 'Blank row. Delete this line (blank lines are not allowed, also at the end of the file).',
  },
  'missing-cell': {
    id: (p) => `Baris ini tidak punya sel untuk kolom ${q(p.field)}. Setiap baris harus punya ${p.count} sel; sel kosong tetap perlu komanya.`,
    en: (p) => `This row has no cell for the column ${q(p.field)}. Every row needs ${p.count} cells; an empty cell still needs its comma.`,
  },
  'extra-cell': {
    id: (p) => `Baris ini punya sel lebih (${q(p.cell)}) dari ${p.count} kolom. Mungkin ada koma di dalam teks: apit teks itu dengan tanda kutip.`,
    en: (p) => `This row has an extra cell (${q(p.cell)}) beyond the ${p.count} columns. A comma inside text may be the cause: put that text in double quotes.`,
  },
  required: {
    id: (p) => `Kolom ${q(p.field)} wajib diisi. Isi nilainya, misalnya ${q(p.example)}.`,
    en: (p) => `The column ${q(p.field)} is required. Fill it in, for example ${q(p.example)}.`,
  },
  'type-integer': {
    id: (p) => `${q(p.cell)} bukan bilangan bulat. Tulis angka saja tanpa titik ribuan atau satuan, misalnya 1250.`,
    en: (p) => `${q(p.cell)} is not a whole number. Write digits only, without thousands separators or units, for example 1250.`,
  },
  'type-number': {
    id: (p) => `${q(p.cell)} bukan angka. Tulis angka dengan titik desimal, tanpa satuan, misalnya 12.5.`,
    en: (p) => `${q(p.cell)} is not a number. Write it with a decimal point and no unit, for example 12.5.`,
  },
  'decimal-comma': {
    id: (p) => `${q(p.cell)} memakai koma desimal. Data ini memakai titik desimal: tulis ${q(p.suggestion)}.`,
    en: (p) => `${q(p.cell)} uses a decimal comma. This data uses a decimal point: write ${q(p.suggestion)}.`,
  },
  'type-date': {
    id: (p) => `${q(p.cell)} bukan tanggal tahun-bulan-hari. Tulis seperti ${q(p.example ?? '2025-10-17')} (yyyy-mm-dd).`,
    en: (p) => `${q(p.cell)} is not a year-month-day date. Write it like ${q(p.example ?? '2025-10-17')} (yyyy-mm-dd).`,
  },
  'date-dmy': {
    id: (p) => `${q(p.cell)} ditulis hari/bulan/tahun. Data ini memakai tahun-bulan-hari: tulis ${q(p.suggestion)}.`,
    en: (p) => `${q(p.cell)} is written day/month/year. This data uses year-month-day: write ${q(p.suggestion)}.`,
  },
  'not-a-calendar-day': {
    id: (p) => `${q(p.cell)} tidak ada di kalender (periksa bulan dan tanggal, misalnya 31 April atau 29 Februari). Tulis tanggal yang benar.`,
    en: (p) => `${q(p.cell)} does not exist on the calendar (check the month and day, such as 31 April or 29 February). Write the correct date.`,
  },
  'type-boolean': {
    id: (p) => `${q(p.cell)} harus ditulis true atau false (huruf kecil).`,
    en: (p) => `${q(p.cell)} must be written true or false (lower case).`,
  },
  'type-list': {
    id: (p) => `${q(p.cell)} bukan daftar yang benar. Pisahkan nilai dengan titik koma tanpa spasi dan tanpa titik koma di ujung: ${q(p.suggestion)}.`,
    en: (p) => `${q(p.cell)} is not a well-formed list. Separate the values with semicolons, with no spaces and no semicolon at the end: ${q(p.suggestion)}.`,
  },
  pattern: {
    id: (p) => `${q(p.cell)} tidak sesuai bentuk kolom ${q(p.field)}. Tulis seperti ${q(p.example)}.`,
    en: (p) => `${q(p.cell)} does not have the form of the column ${q(p.field)}. Write it like ${q(p.example)}.`,
  },
  'url-scheme': {
    id: (p) => `${q(p.cell)} bukan alamat web http atau https. Salin alamat lengkap dari peramban, dimulai dengan https://.`,
    en: (p) => `${q(p.cell)} is not an http or https web address. Copy the full address from the browser, starting with https://.`,
  },
  enum: {
    id: (p) => `${q(p.cell)} bukan nilai yang dikenal untuk kolom ${q(p.field)}. Pilih salah satu: ${p.allowed}.`,
    en: (p) => `${q(p.cell)} is not an allowed value of the column ${q(p.field)}. Choose one of: ${p.allowed}.`,
  },
  'too-long': {
    id: (p) => `Teks ini lebih dari ${p.limit} karakter. Persingkat.`,
    en: (p) => `This text is longer than ${p.limit} characters. Shorten it.`,
  },
  minimum: {
    id: (p) => `${q(p.cell)} terlalu kecil: paling sedikit ${p.limit}.`,
    en: (p) => `${q(p.cell)} is too small: the minimum is ${p.limit}.`,
  },
  maximum: {
    id: (p) => `${q(p.cell)} terlalu besar: paling banyak ${p.limit}.`,
    en: (p) => `${q(p.cell)} is too large: the maximum is ${p.limit}.`,
  },
  'outside-city': {
    id: (p) =>
      `${q(p.cell)} berada di luar ${p.city} (${p.field} harus antara ${p.min} dan ${p.max}). Periksa angkanya, dan periksa apakah lintang dan bujur tertukar.`,
    en: (p) =>
      `${q(p.cell)} lies outside ${p.city} (${p.field} must be between ${p.min} and ${p.max}). Check the figure, and check whether latitude and longitude are swapped.`,
  },
  'surrounding-whitespace': {
    id: (p) => `${q(p.cell)} diawali atau diakhiri spasi. Hapus spasi di awal dan akhir sel.`,
    en: (p) => `${q(p.cell)} starts or ends with a space. Remove the spaces at the start and end of the cell.`,
  },
  'formula-injection': {
    id: (p) =>
      `${q(p.cell)} diawali ${q(p.first)}, yang dibaca spreadsheet sebagai rumus. Hapus tanda itu di awal, atau tulis ulang teksnya agar tidak diawali = + - @.`,
    en: (p) =>
      `${q(p.cell)} starts with ${q(p.first)}, which spreadsheets run as a formula. Remove that sign, or rephrase so the text does not start with = + - @.`,
  },
  'html-markup': {
    id: (p) => `${q(p.cell)} berisi kode HTML (${q(p.markup)}). Tulis teks biasa saja, tanpa tanda < >.`,
    en: (p) => `${q(p.cell)} contains HTML markup (${q(p.markup)}). Write plain text only, without < > tags.`,
  },
  'control-character': {
    id: (p) =>
      `Sel ini berisi karakter tak terlihat (${p.codepoint}), misalnya ganti baris di dalam sel. Tulis isi sel dalam satu baris dan hapus karakter itu.`,
    en: (p) =>
      `This cell contains an invisible character (${p.codepoint}), such as a line break inside the cell. Keep the cell on one line and remove that character.`,
  },
  'primary-key': {
    id: (p) => `id ${q(p.cell)} sudah dipakai di baris ${p.firstLine}. Setiap baris perlu id sendiri: ubah salah satunya.`,
    en: (p) => `The id ${q(p.cell)} is already used on line ${p.firstLine}. Every row needs its own id: change one of them.`,
  },
  unique: {
    id: (p) => `${q(p.cell)} sudah ada di baris ${p.firstLine}, padahal kolom ${q(p.field)} harus unik. Hapus baris ganda atau perbaiki nilainya.`,
    en: (p) => `${q(p.cell)} already appears on line ${p.firstLine}, but the column ${q(p.field)} must be unique. Remove the duplicate row or fix the value.`,
  },
  'foreign-key': {
    id: (p) => `${q(p.cell)} tidak ada di kolom ${q(p.referenceField)} berkas ${p.referenceFile}. Periksa ejaannya, atau tambahkan baris itu dulu di ${p.referenceFile}.`,
    en: (p) => `${q(p.cell)} does not exist in the column ${q(p.referenceField)} of ${p.referenceFile}. Check the spelling, or add that row to ${p.referenceFile} first.`,
  },
  'row-reference': {
    id: (p) => `${q(p.cell)} tidak menunjuk baris yang ada. Tulis tabel:id, misalnya site_status:manggar-2025-10-21-under-construction, dengan id yang ada di tabel itu.`,
    en: (p) => `${q(p.cell)} does not point to an existing row. Write table:id, such as site_status:manggar-2025-10-21-under-construction, with an id that exists in that table.`,
  },
  'future-date': {
    id: (p) => `${q(p.cell)} berada di masa depan (hari ini ${p.today}). Data hanya mencatat yang sudah terjadi atau sudah dinyatakan; periksa tahunnya.`,
    en: (p) => `${q(p.cell)} is in the future (today is ${p.today}). The data records only what has happened or been stated; check the year.`,
  },
  'date-order': {
    id: (p) => `Lokasi ${q(p.site)} tercatat ${p.status} pada ${p.cell}, sebelum ${p.earlierStatus} pertama (${p.earlierDate}). Periksa kedua tanggal.`,
    en: (p) => `Site ${q(p.site)} is recorded as ${p.status} on ${p.cell}, before its first ${p.earlierStatus} (${p.earlierDate}). Check both dates.`,
  },
  'kelurahan-count': {
    id: (p) => `Berkas ini punya ${p.count} kelurahan, padahal ${p.city} punya ${p.expected} menurut daftar resmi. Tambahkan yang hilang atau hapus yang berlebih.`,
    en: (p) => `This file has ${p.count} kelurahan, but ${p.city} has ${p.expected} in the official list. Add the missing ones or remove the extra ones.`,
  },
  'not-canonical': {
    id: () => 'Berkas ini benar, tetapi belum dalam bentuk baku (urutan baris, tanda kutip, akhir baris). Jalankan npm run data:format atau biarkan pengelola merapikannya.',
    en: () => 'This file is valid but not in canonical form (row order, quoting, line endings). Run npm run data:format, or leave it to a maintainer to tidy.',
  },
  // Row rules (keys used in src/data/schema/*.ts)
  'scope-needs-cooperative': {
    id: () => 'Cakupan cooperative berarti satu koperasi disebut: isi cooperative_id, atau ubah cakupan menjadi all-cooperatives bila sumber menyatakannya untuk semua koperasi.',
    en: () => 'Scope cooperative means one cooperative is named: fill in cooperative_id, or change scope to all-cooperatives if the source states this for every cooperative.',
  },
  'scope-all-has-cooperative': {
    id: () => 'Cakupan all-cooperatives berlaku untuk semua koperasi: kosongkan cooperative_id, atau ubah cakupan menjadi cooperative.',
    en: () => 'Scope all-cooperatives covers every cooperative: leave cooperative_id empty, or change scope to cooperative.',
  },
  'figure-needs-source': {
    id: (p) => `Angka ini belum bersumber: isi ${q(p.field)} dengan id dari sources.csv.`,
    en: (p) => `This figure has no source: fill in ${q(p.field)} with an id from sources.csv.`,
  },
  'figure-needs-date': {
    id: (p) => `Angka ini belum bertanggal: isi ${q(p.field)} (yyyy-mm-dd).`,
    en: (p) => `This figure has no date: fill in ${q(p.field)} (yyyy-mm-dd).`,
  },
  'population-needs-year': {
    id: () => 'Jumlah penduduk perlu tahun datanya: isi population_year.',
    en: () => 'A population figure needs its year: fill in population_year.',
  },
  'orphan-figure-detail': {
    id: (p) => `Tahun, tanggal, atau sumber diisi tetapi angkanya (${q(p.field)}) kosong. Isi angkanya, atau kosongkan keterangannya.`,
    en: (p) => `A year, date or source is filled in but the figure itself (${q(p.field)}) is empty. Add the figure, or clear the details.`,
  },
  'kelurahan-outside-kecamatan': {
    id: () => 'Kode kelurahan tidak diawali kode kecamatannya. Periksa kedua kode dengan daftar Kemendagri.',
    en: () => 'The kelurahan code does not start with its kecamatan code. Check both codes against the Kemendagri list.',
  },
  'coordinates-need-pair': {
    id: () => 'Lintang dan bujur harus diisi berdua, atau dikosongkan berdua.',
    en: () => 'Latitude and longitude go together: fill in both, or leave both empty.',
  },
  'range-reversed': {
    id: () => 'Batas atas lebih kecil dari nilai (batas bawah). Tukar kedua angka.',
    en: () => 'The upper bound is smaller than the value (lower bound). Swap the two figures.',
  },
  'percent-out-of-range': {
    id: () => 'Persentase harus antara 0 dan 100.',
    en: () => 'A percentage must be between 0 and 100.',
  },
  'end-before-start': {
    id: () => 'Tanggal selesai lebih awal dari tanggal mulai. Periksa kedua tanggal.',
    en: () => 'The end date is earlier than the start date. Check both dates.',
  },
  'level-needs-kelurahan': {
    id: () => 'Peristiwa tingkat kelurahan perlu kode kelurahan: isi kelurahan_code.',
    en: () => 'A kelurahan-level event needs a kelurahan code: fill in kelurahan_code.',
  },
  'published-after-accessed': {
    id: () => 'Tanggal terbit setelah tanggal diakses. Periksa kedua tanggal.',
    en: () => 'The publication date is after the date accessed. Check both dates.',
  },
  'published-needs-basis': {
    id: () => 'Tanggal terbit perlu dasarnya: isi published_basis dengan stated (tertulis di halaman) atau url (dari alamat).',
    en: () => 'A publication date needs its basis: set published_basis to stated (on the page) or url (from the address).',
  },
  'boundary-missing': {
    id: (p) => `Berkas batas wilayah ${p.file} tidak ada. Pulihkan dari versi sebelumnya.`,
    en: (p) => `The boundary file ${p.file} is missing. Restore it from the previous version.`,
  },
  'boundary-invalid': {
    id: (p) => `Berkas batas wilayah bukan GeoJSON yang sah: ${p.reason}. Pulihkan dari versi sebelumnya atau dari sumber hulu.`,
    en: (p) => `The boundary file is not valid GeoJSON: ${p.reason}. Restore it from the previous version or from upstream.`,
  },
  'boundary-lat-lon': {
    id: (p) => `Koordinat ${p.coordinate} pada kelurahan ${q(p.code)} tampak tertukar (lintang, bujur). GeoJSON menulis bujur dulu, lalu lintang.`,
    en: (p) => `The coordinate ${p.coordinate} of kelurahan ${q(p.code)} looks swapped (lat, lon). GeoJSON writes longitude first, then latitude.`,
  },
  'boundary-outside': {
    id: (p) => `Koordinat ${p.coordinate} pada kelurahan ${q(p.code)} berada di luar ${p.city}.`,
    en: (p) => `The coordinate ${p.coordinate} of kelurahan ${q(p.code)} lies outside ${p.city}.`,
  },
  'boundary-missing-code': {
    id: (p) => `Kelurahan ${q(p.code)} tidak punya batas wilayah di berkas GeoJSON. Tambahkan fiturnya dengan properti code.`,
    en: (p) => `Kelurahan ${q(p.code)} has no boundary in the GeoJSON file. Add its feature with the code property.`,
  },
  'boundary-unknown-code': {
    id: (p) => `Fitur GeoJSON dengan code ${q(p.code)} tidak ada di kelurahan.csv. Periksa kodenya.`,
    en: (p) => `The GeoJSON feature with code ${q(p.code)} is not in kelurahan.csv. Check the code.`,
  },
  'boundary-duplicate-code': {
    id: (p) => `Kode ${q(p.code)} muncul lebih dari sekali di berkas batas wilayah. Satu fitur per kelurahan.`,
    en: (p) => `The code ${q(p.code)} appears more than once in the boundary file. One feature per kelurahan.`,
  },
} satisfies Record<string, Message>;

/** Every message the validator can print, by key: its own, and the release rules' (src/data/release/rule-messages.ts). */
export const messages = { ...validatorMessages, ...releaseRuleMessages } satisfies Record<string, Message>;

/** The key of a message: a finding can only name one that exists. */
export type MessageKey = keyof typeof messages;

export const messageKeys = Object.keys(messages) as MessageKey[];

/** The message of a finding in one language. */
export function messageOf(finding: Finding, lang: Lang): string {
  return messages[finding.key][lang]({ field: finding.fieldName ?? '', cell: finding.cell ?? '', file: finding.file, ...finding.params });
}
