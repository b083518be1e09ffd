/**
 * DOM builders for the map's tooltips, popups and marker symbols. Text from the data only
 * ever goes in through textContent or attribute setters, never as HTML: Leaflet's
 * bindPopup/bindTooltip/divIcon treat strings as HTML, so they get these elements instead.
 */
import type { SiteStatus } from '../../data/schema/site-status';
import type { ClientKelurahan, ClientText } from '../client-model';
import type { MapSite } from '../model';
import { PARTNERSHIP_COLOUR, PROGRESS_COLOURS, SITE_MARKER_STROKE, SITE_STATUS_COLOURS } from '../palette';

const SVG_NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function svgEl(doc: Document, tag: string, attributes: Record<string, string | number>): SVGElement {
  const node = doc.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function swatch(doc: Document, colour: string): HTMLElement {
  const span = el(doc, 'span', 'map-swatch');
  span.setAttribute('aria-hidden', 'true');
  span.style.background = colour;
  return span;
}

/** Hover/focus tooltip: the kelurahan's name and stage. */
export function buildTooltip(doc: Document, k: ClientKelurahan): HTMLElement {
  const root = el(doc, 'div', 'map-tooltip');
  root.append(el(doc, 'strong', undefined, k.name), el(doc, 'br'), el(doc, 'span', undefined, k.levelLabel));
  return root;
}

/** Tooltip of a partnership mark: the kelurahan and the partnerships a source names. */
export function buildPartnershipTooltip(doc: Document, k: ClientKelurahan, text: ClientText): HTMLElement {
  const root = el(doc, 'div', 'map-tooltip');
  root.append(el(doc, 'strong', undefined, k.name), el(doc, 'br'), el(doc, 'span', undefined, text.popupPartnerships));
  for (const p of k.partnerships) root.append(el(doc, 'br'), el(doc, 'span', undefined, `${p.partner} (${p.line}): ${p.stage}`));
  return root;
}

/** Tooltip of a site mark: the kelurahan, the status shown, and that the mark is not the site's location. */
export function buildSiteTooltip(
  doc: Document,
  k: ClientKelurahan,
  site: MapSite,
  text: ClientText,
  statusLabels: Record<SiteStatus, string>,
): HTMLElement {
  const root = el(doc, 'div', 'map-tooltip');
  const status = site.shown.length > 0 ? site.shown.map((s) => statusLabels[s]).join(' / ') : text.unknown;
  root.append(el(doc, 'strong', undefined, k.name), el(doc, 'br'), el(doc, 'span', undefined, `${text.popupSites}: ${status}`));
  if (site.disputed) root.append(el(doc, 'br'), el(doc, 'span', undefined, text.popupDisputed));
  root.append(el(doc, 'br'), el(doc, 'em', undefined, text.popupSitePlacement));
  return root;
}

function siteItem(doc: Document, site: MapSite, text: ClientText, statusLabels: Record<SiteStatus, string>): HTMLElement {
  const item = el(doc, 'li', 'map-popup__site');
  const head = el(doc, 'p');
  head.append(
    siteSymbol(doc, site.shown, 14),
    ' ',
    site.address ? doc.createTextNode(site.address) : el(doc, 'span', 'unknown', text.popupAddressUnknown),
  );
  item.append(head);
  if (site.shown.length > 0) item.append(el(doc, 'p', undefined, site.shown.map((s) => statusLabels[s]).join(' / ')));
  else item.append(el(doc, 'p', 'unknown', text.unknown));
  if (site.disputed) item.append(el(doc, 'p', 'map-popup__disputed', text.popupDisputed));
  if (site.history.length > 0) {
    const list = el(doc, 'ul', 'map-popup__history');
    list.setAttribute('aria-label', text.popupSiteHistory);
    for (const h of site.history) list.append(el(doc, 'li', h.disputed ? 'is-disputed' : undefined, `${h.date}: ${h.label}`));
    item.append(list);
  }
  item.append(el(doc, 'p', 'map-popup__note', text.popupSitePlacement));
  return item;
}

/** Click/Enter popup: stage with its basis, named partnerships, build sites, and the link to the page. */
export function buildPopup(doc: Document, k: ClientKelurahan, text: ClientText, statusLabels: Record<SiteStatus, string>): HTMLElement {
  const root = el(doc, 'div', 'map-popup');
  root.setAttribute('lang', doc.documentElement.lang || '');
  root.append(el(doc, 'h2', 'map-popup__name', k.name));
  root.append(el(doc, 'p', 'map-popup__kecamatan', `${text.kecamatanPrefix} ${k.kecamatan}`));

  const facts = el(doc, 'dl');
  const stage = el(doc, 'dd');
  stage.append(swatch(doc, PROGRESS_COLOURS[k.level]), k.levelLabel);
  facts.append(el(doc, 'dt', undefined, text.popupStage), stage);
  if (k.basisLabel) {
    const basis = el(doc, 'dd', undefined, k.dateLabel ? `${k.basisLabel}; ${text.popupSince} ${k.dateLabel}` : k.basisLabel);
    facts.append(el(doc, 'dt', undefined, text.popupBasis), basis);
  }
  root.append(facts);

  root.append(el(doc, 'p', 'map-popup__heading', text.popupPartnerships));
  if (k.partnerships.length === 0) root.append(el(doc, 'p', 'unknown', text.popupNoPartnerships));
  else {
    const list = el(doc, 'ul');
    for (const p of k.partnerships) list.append(el(doc, 'li', undefined, `${p.partner} (${p.line}): ${p.stage}, ${p.date}`));
    root.append(list);
  }

  if (k.sites.length > 0) {
    root.append(el(doc, 'p', 'map-popup__heading', text.popupSites));
    const list = el(doc, 'ul', 'map-popup__sites');
    for (const site of k.sites) list.append(siteItem(doc, site, text, statusLabels));
    root.append(list);
  }

  const link = el(doc, 'a', 'map-popup__link', k.openLabel);
  link.href = k.href;
  root.append(link);
  return root;
}

/**
 * A build-site symbol: a circle filled with the status colour, or cut into equal slices,
 * one per status, when sources disagree on it, so no version is picked silently.
 */
export function siteSymbol(doc: Document, statuses: SiteStatus[], size = 18): SVGElement {
  const r = size / 2 - 1.5;
  const c = size / 2;
  const svg = svgEl(doc, 'svg', {
    width: size,
    height: size,
    viewBox: `0 0 ${size} ${size}`,
    'aria-hidden': 'true',
    class: 'map-site-symbol',
  });
  if (statuses.length <= 1) {
    // No status row at all: a hollow dashed circle, the same "unknown" cue as on the polygons.
    const status = statuses[0];
    const style: Record<string, string> = status ? { fill: SITE_STATUS_COLOURS[status] } : { fill: '#ffffff', 'stroke-dasharray': '2 2' };
    svg.append(svgEl(doc, 'circle', { cx: c, cy: c, r, stroke: SITE_MARKER_STROKE, 'stroke-width': 1.5, ...style }));
    return svg;
  }
  statuses.forEach((status, i) => {
    const a0 = (i / statuses.length) * 2 * Math.PI - Math.PI / 2;
    const a1 = ((i + 1) / statuses.length) * 2 * Math.PI - Math.PI / 2;
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const p = (a: number) => `${(c + r * Math.cos(a)).toFixed(2)} ${(c + r * Math.sin(a)).toFixed(2)}`;
    svg.append(svgEl(doc, 'path', { d: `M${c} ${c}L${p(a0)}A${r} ${r} 0 ${large} 1 ${p(a1)}Z`, fill: SITE_STATUS_COLOURS[status] }));
  });
  svg.append(
    svgEl(doc, 'circle', { cx: c, cy: c, r, fill: 'none', stroke: SITE_MARKER_STROKE, 'stroke-width': 1.5, 'stroke-dasharray': '3 1.5' }),
  );
  return svg;
}

/** The partnership symbol: a purple diamond. */
export function partnershipSymbol(doc: Document, size = 18): SVGElement {
  const c = size / 2;
  const svg = svgEl(doc, 'svg', {
    width: size,
    height: size,
    viewBox: `0 0 ${size} ${size}`,
    'aria-hidden': 'true',
    class: 'map-partnership-symbol',
  });
  svg.append(
    svgEl(doc, 'path', {
      d: `M${c} 1.5L${size - 1.5} ${c}L${c} ${size - 1.5}L1.5 ${c}Z`,
      fill: PARTNERSHIP_COLOUR,
      stroke: '#ffffff',
      'stroke-width': 1.5,
    }),
  );
  return svg;
}
