/** Interface text in both languages. Text that comes from the data lives in the data. */
import type { Lang } from './lang';

export const ui = {
  id: {
    siteName: 'Koperasi Merah Putih Balikpapan',
    siteTagline: 'Data terbuka tentang 34 Koperasi Kelurahan Merah Putih di Kota Balikpapan',
    skipToContent: 'Langsung ke isi',
    otherLanguage: 'English',
    otherLanguageLabel: 'Read this page in English',
    nav: {
      home: 'Beranda',
      kelurahan: 'Kelurahan',
      partnerships: 'Kemitraan',
      sites: 'Gerai & gudang',
      timeline: 'Linimasa',
      map: 'Peta',
      news: 'Berita',
      data: 'Unduh data',
      methodology: 'Metodologi',
    },
    dataAsOf: 'Data per',
    fixThisData: 'Perbaiki data ini',
    fixThisDataHint: 'Ada yang salah atau kurang? Sunting berkas CSV di repositori.',
    licence: 'Data: CC BY 4.0 (kode wilayah dan batas: MIT). Kode: MIT.',
    unknown: 'tidak diketahui',
  },
  en: {
    siteName: 'Merah Putih Cooperatives Balikpapan',
    siteTagline: "Open data on Balikpapan's 34 Kelurahan Merah Putih cooperatives",
    skipToContent: 'Skip to content',
    otherLanguage: 'Bahasa Indonesia',
    otherLanguageLabel: 'Baca halaman ini dalam bahasa Indonesia',
    nav: {
      home: 'Home',
      kelurahan: 'Kelurahan',
      partnerships: 'Partnerships',
      sites: 'Outlets & warehouses',
      timeline: 'Timeline',
      map: 'Map',
      news: 'News',
      data: 'Download data',
      methodology: 'Methodology',
    },
    dataAsOf: 'Data as of',
    fixThisData: 'Fix this data',
    fixThisDataHint: 'Something wrong or missing? Edit the CSV file in the repository.',
    licence: 'Data: CC BY 4.0 (area codes and boundaries: MIT). Code: MIT.',
    unknown: 'unknown',
  },
} as const satisfies Record<Lang, unknown>;

export type UiText = (typeof ui)[Lang];
export const t = (lang: Lang): UiText => ui[lang];

/** Formats an ISO date for readers: 17 Oktober 2025 / 17 October 2025. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
