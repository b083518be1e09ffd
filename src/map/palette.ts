/**
 * Colours and symbols of the maps, shared by the build-time SVG maps and the Leaflet page.
 * Browser-safe: no Node imports.
 *
 * Progress levels use ColorBrewer's sequential YlGnBu (7 classes): colour-blind safe and
 * ordered by lightness, so the order of the stages survives greyscale printing. "unknown"
 * is outside that ramp on purpose: a neutral grey with a hatch in the SVG maps and a dashed
 * outline on the Leaflet map, so it never reads as "a little progress".
 */
import type { SiteStatus } from '../data/schema/site-status';
import type { ProgressLevel } from '../data/views/kelurahan';

export const PROGRESS_COLOURS: Record<ProgressLevel, string> = {
  unknown: '#bdbdbd',
  musyawarah: '#ffffcc',
  'notary-deed': '#c7e9b4',
  'legal-entity': '#7fcdbb',
  'business-ids': '#41b6c4',
  'partnership-applied': '#1d91c0',
  'partnership-signed': '#225ea8',
  operating: '#0c2c84',
};

/** The fill of a kelurahan polygon: its stage colour, or the hatch pattern with this id for "unknown". */
export function leafletFill(level: ProgressLevel, hatchId: string): string {
  return level === 'unknown' ? `url(#${hatchId})` : PROGRESS_COLOURS[level];
}

export const BOUNDARY_STROKE = '#ffffff';
export const KECAMATAN_STROKE = '#1b1b1f';
export const HIGHLIGHT_STROKE = '#1b1b1f';
/** The site's focus colour (global.css --focus), drawn under a dark line so it shows on every fill. */
export const FOCUS_STROKE = '#f6b100';

/**
 * Build-site markers: the fill says how far building has gone, from hollow (only talked
 * about) to solid dark (operating). Shapes are not needed to tell them apart because each
 * marker's popup and the legend name the status in words.
 */
export const SITE_STATUS_COLOURS: Record<SiteStatus, string> = {
  proposed: '#ffffff',
  planned: '#fdd49e',
  'land-ready': '#fdbb84',
  groundbreaking: '#fc8d59',
  'under-construction': '#e34a33',
  completed: '#b30000',
  operating: '#7f0000',
  postponed: '#969696',
};

export const SITE_MARKER_STROKE = '#1b1b1f';
export const PARTNERSHIP_COLOUR = '#6a3d9a';
