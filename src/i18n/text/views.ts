/**
 * Labels of what the derived views compute (src/data/views/): each cooperative's furthest
 * stage, and the things a kelurahan page lists as not known yet.
 */
import type { ProgressLevel, UnknownItem } from '../../data/views/kelurahan';
import { defineText } from '../define-text';

export const views = defineText({
  id: {
    progress: {
      unknown: 'tidak diketahui',
      musyawarah: 'dibentuk lewat musyawarah',
      'notary-deed': 'akta notaris',
      'legal-entity': 'berbadan hukum',
      'business-ids': 'punya NIB/NPWP',
      'partnership-applied': 'mengajukan kemitraan BUMN',
      'partnership-signed': 'kemitraan BUMN ditandatangani',
      operating: 'menjalankan usaha',
    } satisfies Record<ProgressLevel, string>,
    unknown: {
      'registered-name': 'nama koperasi yang terdaftar (nama di sini disusun dari aturan penamaan)',
      'legal-documents': 'nomor dan tanggal SK badan hukum (AHU), NIB dan NPWP',
      'member-count': 'jumlah anggota',
      operating: 'apakah koperasi sudah menjalankan usaha',
      partnerships: 'kemitraan dengan BUMN yang menyebut koperasi ini',
      'partnership-agreement': 'apakah perjanjian kemitraan (PKS) sudah ditandatangani',
      site: 'lokasi gerai & gudang',
      'site-address': 'alamat lokasi gerai & gudang',
      'site-coordinates': 'koordinat lokasi gerai & gudang',
      population: 'jumlah penduduk kelurahan (dari sumber yang dapat diperiksa)',
      area: 'luas resmi kelurahan',
    } satisfies Record<UnknownItem, string>,
  },
  en: {
    progress: {
      unknown: 'unknown',
      musyawarah: 'formed by musyawarah',
      'notary-deed': 'notary deed',
      'legal-entity': 'legal entity',
      'business-ids': 'has NIB/NPWP',
      'partnership-applied': 'applied for a BUMN partnership',
      'partnership-signed': 'BUMN partnership signed',
      operating: 'operating a business',
    },
    unknown: {
      'registered-name': 'the registered name of the cooperative (the name here follows the naming rule)',
      'legal-documents': 'the number and date of the legal-entity decree (AHU), NIB and NPWP',
      'member-count': 'the number of members',
      operating: 'whether the cooperative operates a business',
      partnerships: 'BUMN partnerships that name this cooperative',
      'partnership-agreement': 'whether a partnership agreement (PKS) was signed',
      site: 'an outlet & warehouse site',
      'site-address': 'the address of the outlet & warehouse site',
      'site-coordinates': 'the coordinates of the outlet & warehouse site',
      population: 'the population of the kelurahan (from a checkable source)',
      area: 'the official area of the kelurahan',
    },
  },
});
