/**
 * What the map page hands to its script, as JSON in a data attribute: per-kelurahan facts
 * already labelled in the page language, the interface text the script needs, and the map
 * settings. Built at build time; the browser only imports the types.
 */
import { region } from '../config/region';
import { site } from '../config/site';
import type { Tables } from '../data/schema/index';
import { SITE_STATUSES, type SiteStatus } from '../data/schema/site-status';
import type { Lang } from '../i18n/lang';
import { mapKelurahan, type MapKelurahan } from './model';
import { t } from '../i18n/catalogue';

export interface ClientKelurahan extends MapKelurahan {
  /** "Name: stage", the accessible name of the polygon. */
  label: string;
  basisLabel: string | undefined;
  openLabel: string;
}

export interface ClientText {
  mapLabel: string;
  kecamatanPrefix: string;
  popupStage: string;
  popupBasis: string;
  popupSince: string;
  popupPartnerships: string;
  popupNoPartnerships: string;
  popupSites: string;
  popupSiteHistory: string;
  popupSitePlacement: string;
  popupDisputed: string;
  popupAddressUnknown: string;
  popupClose: string;
  loadFailed: string;
  unknown: string;
  boundaryAttribution: string;
}

export interface ClientModel {
  lang: Lang;
  text: ClientText;
  siteStatusLabels: Record<SiteStatus, string>;
  kelurahan: ClientKelurahan[];
  /** [west, south, east, north] the map may not be panned far beyond. */
  bbox: readonly [number, number, number, number];
  /** Tile layer when the build enables one (BASEMAP=osm), otherwise null. */
  basemap: { url: string; attribution: string; attributionUrl: string } | null;
}

export function buildClientModel(data: Tables, lang: Lang, basemap: 'osm' | 'none' = site.basemap): ClientModel {
  const text = t(lang).map;
  const ui = t(lang).ui;
  // The same words as the Basis component on the other pages.
  const basisLabel = { named: ui.basisNamed, 'city-wide': ui.basisCityWide } as const;
  const kelurahan = mapKelurahan(data, lang).map((k) => ({
    ...k,
    label: text.polygonLabel(k.name, k.levelLabel),
    basisLabel: k.basis ? basisLabel[k.basis] : undefined,
    openLabel: text.popupOpenPage(k.name),
  }));
  return {
    lang,
    text: {
      mapLabel: text.mapLabel,
      kecamatanPrefix: text.kecamatanPrefix,
      popupStage: text.popupStage,
      popupBasis: text.popupBasis,
      popupSince: text.popupSince,
      popupPartnerships: text.popupPartnerships,
      popupNoPartnerships: text.popupNoPartnerships,
      popupSites: text.popupSites,
      popupSiteHistory: text.popupSiteHistory,
      popupSitePlacement: text.popupSitePlacement,
      popupDisputed: text.popupDisputed,
      popupAddressUnknown: text.popupAddressUnknown,
      popupClose: text.popupClose,
      loadFailed: text.loadFailed,
      unknown: ui.unknown,
      boundaryAttribution: text.boundaryAttribution,
    },
    siteStatusLabels: Object.fromEntries(Object.entries(SITE_STATUSES).map(([key, label]) => [key, label[lang]])) as Record<
      SiteStatus,
      string
    >,
    kelurahan,
    bbox: region.bbox,
    basemap: basemap === 'osm' ? { ...site.osmTiles } : null,
  };
}
