/**
 * The interactive map: Leaflet over the display boundaries, on /peta/ only. The page works
 * without it (static SVG map and table); this replaces the static map once the boundaries
 * have loaded, and leaves it in place with a message if they cannot be.
 *
 * Keyboard: Leaflet's SVG paths are not focusable, so each kelurahan path gets tabindex,
 * role="button" and an accessible name; focus highlights it and shows its tooltip, Enter or
 * Space opens its popup, Escape closes it and returns focus. The URL hash (#64.71.03.1006)
 * follows the selected kelurahan, and opening such a URL selects it.
 */
import L from 'leaflet';
import type { ClientKelurahan, ClientModel } from '../client-model';
import type { DisplayFeature, DisplayKecamatanProperties, DisplayKelurahanProperties } from '../boundaries';
import { buildPartnershipTooltip, buildPopup, buildSiteTooltip, buildTooltip, partnershipSymbol, siteSymbol } from './popup';
import { BOUNDARY_STROKE, FOCUS_STROKE, HIGHLIGHT_STROKE, KECAMATAN_STROKE, PROGRESS_COLOURS, leafletFill } from '../palette';

type KelurahanFeature = DisplayFeature<DisplayKelurahanProperties>;
type KecamatanFeature = DisplayFeature<DisplayKecamatanProperties>;

const CODE_IN_HASH = /^#(\d{2}\.\d{2}\.\d{2}\.\d{4})$/;
const HATCH_ID = 'map-unknown-hatch';

/** Leaflet's attribution control only takes HTML; our strings go through this first. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function loadBoundaries(url: string): Promise<{ kelurahan: KelurahanFeature[]; kecamatan: KecamatanFeature[] }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const collection = (await response.json()) as { features: (KelurahanFeature | KecamatanFeature)[] };
  return {
    kelurahan: collection.features.filter((f): f is KelurahanFeature => f.properties.kind === 'kelurahan'),
    kecamatan: collection.features.filter((f): f is KecamatanFeature => f.properties.kind === 'kecamatan'),
  };
}

export async function startMap(host: HTMLElement): Promise<void> {
  const model = JSON.parse(host.dataset.model ?? '{}') as ClientModel;
  const status = document.querySelector<HTMLElement>('[data-map-status]');
  let boundaries: Awaited<ReturnType<typeof loadBoundaries>>;
  try {
    boundaries = await loadBoundaries(host.dataset.geo ?? '');
  } catch (error) {
    // The static map stays; say why the interactive one is missing.
    if (status) status.textContent = model.text.loadFailed;
    console.warn('Interactive map not started:', error);
    return;
  }
  host.hidden = false;
  document.querySelector<HTMLElement>('[data-map-static]')?.setAttribute('hidden', '');
  document.getElementById(host.getAttribute('aria-describedby') ?? '')?.removeAttribute('hidden');
  const controls = document.querySelector<HTMLFieldSetElement>('[data-map-layers]');
  controls?.removeAttribute('hidden');
  createMap(host, model, boundaries, controls);
}

function createMap(
  host: HTMLElement,
  model: ClientModel,
  boundaries: { kelurahan: KelurahanFeature[]; kecamatan: KecamatanFeature[] },
  controls: HTMLFieldSetElement | null,
): void {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const animate = !reduced;
  const [west, south, east, north] = model.bbox;
  const map = L.map(host, {
    zoomSnap: 0.25,
    minZoom: 9,
    maxZoom: 18,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
    maxBounds: L.latLngBounds([south - 0.15, west - 0.15], [north + 0.15, east + 0.15]),
    maxBoundsViscosity: 0.8,
  });
  map.attributionControl.addAttribution(escapeHtml(model.text.boundaryAttribution));
  map.createPane('kecamatan').style.zIndex = '430';
  map.createPane('highlight').style.zIndex = '440';
  for (const pane of ['kecamatan', 'highlight']) map.getPane(pane)!.style.pointerEvents = 'none';

  const byCode = new Map(model.kelurahan.map((k) => [k.code, k]));
  const features = new Map(boundaries.kelurahan.map((f) => [f.properties.code, f]));
  const labelOf = (code: string) => {
    const [lon, lat] = features.get(code)!.properties.label;
    return L.latLng(lat, lon);
  };

  let stagesShown = true;
  let basemapShown = Boolean(model.basemap);
  const styleFor = (k: ClientKelurahan): L.PathOptions => ({
    className: 'map-kelurahan',
    color: k.level === 'unknown' ? '#4a4a55' : BOUNDARY_STROKE,
    weight: 1,
    dashArray: k.level === 'unknown' ? '4 3' : undefined,
    fillColor: leafletFill(k.level, HATCH_ID),
    fillOpacity: stagesShown ? (basemapShown ? 0.65 : 0.9) : 0,
  });

  const paths = new Map<string, { layer: L.Path; element: SVGElement }>();
  const kelurahanLayer = L.geoJSON(boundaries.kelurahan as unknown as GeoJSON.Feature[], {
    style: (f) => styleFor(byCode.get((f!.properties as DisplayKelurahanProperties).code)!),
  });

  const tiles = model.basemap
    ? L.tileLayer(model.basemap.url, {
        attribution: `<a href="${escapeHtml(model.basemap.attributionUrl)}">${escapeHtml(model.basemap.attribution)}</a>`,
        maxZoom: 19,
      })
    : undefined;
  // A tile that fails to load leaves a blank square; the boundaries carry the map on their own.
  tiles?.on('tileerror', () => host.setAttribute('data-tile-errors', 'true'));
  tiles?.addTo(map);

  const kecamatanLayer = L.geoJSON(boundaries.kecamatan as unknown as GeoJSON.Feature[], {
    pane: 'kecamatan',
    interactive: false,
    style: { color: KECAMATAN_STROKE, weight: 2.2, fill: false, className: 'map-kecamatan' },
  });

  // Layers only draw (and get their SVG elements) once the map has a view.
  map.fitBounds(kelurahanLayer.getBounds(), { padding: [8, 8], animate: false });
  kelurahanLayer.addTo(map);
  kecamatanLayer.addTo(map);
  addHatchPattern(map);

  // Highlights live in their own pane, so a highlighted kelurahan is never hidden under its
  // neighbours and the paths never change order (which would change the Tab order).
  const highlightLayer = L.layerGroup().addTo(map);
  let hovered: string | undefined;
  let focused: string | undefined;
  let selected: string | undefined;
  const outline = (code: string, colour: string, weight: number) =>
    L.geoJSON(features.get(code) as unknown as GeoJSON.Feature, {
      pane: 'highlight',
      interactive: false,
      style: { color: colour, weight, fill: false },
    }).addTo(highlightLayer);
  const redraw = () => {
    highlightLayer.clearLayers();
    for (const code of new Set([selected, hovered].filter((c): c is string => Boolean(c)))) {
      outline(code, '#ffffff', 5);
      outline(code, HIGHLIGHT_STROKE, 2.5);
    }
    if (focused) {
      outline(focused, FOCUS_STROKE, 7);
      outline(focused, HIGHLIGHT_STROKE, 2.5);
    }
    for (const [code, { element }] of paths) {
      if (code === selected) element.setAttribute('data-selected', 'true');
      else element.removeAttribute('data-selected');
    }
  };

  let popup: L.Popup | undefined;
  let returnFocusTo: SVGElement | undefined;
  const select = (code: string, via: 'pointer' | 'keyboard' | 'hash') => {
    const k = byCode.get(code);
    const entry = paths.get(code);
    if (!k || !entry) return;
    const label = labelOf(code);
    // A shared link jumps straight to the kelurahan: the popup then opens on a settled view.
    if (via === 'hash') map.fitBounds((entry.layer as L.Polygon).getBounds(), { maxZoom: 13, padding: [40, 40], animate: false });
    else if (reduced) map.panInside(label, { animate: false, padding: [40, 40] });
    selected = code;
    redraw();
    const next = L.popup({
      autoPan: animate,
      autoPanPadding: [16, 16],
      maxWidth: 320,
      maxHeight: Math.max(160, Math.min(380, host.clientHeight - 100)),
      className: 'map-popup-box',
    })
      .setLatLng(label)
      .setContent(buildPopup(document, k, model.text, model.siteStatusLabels));
    popup = next;
    next.openOn(map);
    const close = next.getElement()?.querySelector('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', model.text.popupClose);
    close?.setAttribute('title', model.text.popupClose);
    if (location.hash !== `#${code}`) history.replaceState(history.state, '', `#${code}`);
    returnFocusTo = via === 'keyboard' ? entry.element : undefined;
    if (via === 'keyboard') next.getElement()?.querySelector<HTMLElement>('.map-popup__link')?.focus({ preventScroll: true });
  };
  map.on('popupclose', (event: L.PopupEvent) => {
    if (event.popup !== popup) return;
    popup = undefined;
    selected = undefined;
    redraw();
    if (CODE_IN_HASH.test(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
    const target = returnFocusTo;
    returnFocusTo = undefined;
    target?.focus({ preventScroll: true });
  });

  kelurahanLayer.eachLayer((layer) => {
    const path = layer as L.Polygon;
    const code = (path.feature!.properties as DisplayKelurahanProperties).code;
    const k = byCode.get(code)!;
    const element = path.getElement() as SVGElement;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', k.label);
    element.setAttribute('data-code', code);
    element.setAttribute('data-level', k.level);
    paths.set(code, { layer: path, element });
    path.bindTooltip(() => buildTooltip(document, k), { direction: 'top', className: 'map-tooltip-box', opacity: 1 });
    path.on('mouseover', () => {
      hovered = code;
      redraw();
    });
    path.on('mouseout', () => {
      if (hovered === code) hovered = undefined;
      redraw();
    });
    path.on('click', () => select(code, 'pointer'));
    element.addEventListener('focus', () => {
      focused = code;
      const label = labelOf(code);
      if (!map.getBounds().pad(-0.1).contains(label)) map.panTo(label, { animate });
      redraw();
      path.openTooltip(label);
    });
    element.addEventListener('blur', () => {
      if (focused === code) focused = undefined;
      redraw();
      path.closeTooltip();
    });
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      select(code, 'keyboard');
    });
  });

  // Escape closes the popup wherever focus is, as a dialog would.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && popup) {
      event.preventDefault();
      map.closePopup(popup);
    }
  });
  // A focused path outside the visible area makes the browser scroll the map box itself,
  // which Leaflet does not expect; undo that and let the focus handler pan instead.
  host.addEventListener('scroll', () => {
    host.scrollTop = 0;
    host.scrollLeft = 0;
  });

  const partnershipLayer = L.layerGroup();
  const siteLayer = L.layerGroup();
  for (const k of model.kelurahan) {
    const label = labelOf(k.code);
    // Marks sit on the label point, side by side when a kelurahan has several, so that they
    // stay inside even a small kelurahan.
    const count = (k.partnerships.length > 0 ? 1 : 0) + k.sites.length;
    const anchorX = (slot: number) => 9 + (count - 1) * 10 - slot * 20;
    let slot = 0;
    if (k.partnerships.length > 0) {
      const icon = L.divIcon({
        html: partnershipSymbol(document) as unknown as HTMLElement,
        className: 'map-marker map-marker--partnership',
        iconSize: [18, 18],
        iconAnchor: [anchorX(slot++), 9],
      });
      markerFor(label, icon, k, 'partnership', () => buildPartnershipTooltip(document, k, model.text)).addTo(partnershipLayer);
    }
    for (const site of k.sites) {
      const icon = L.divIcon({
        html: siteSymbol(document, site.shown) as unknown as HTMLElement,
        className: 'map-marker map-marker--site',
        iconSize: [18, 18],
        iconAnchor: [anchorX(slot++), 9],
      });
      markerFor(label, icon, k, 'site', () => buildSiteTooltip(document, k, site, model.text, model.siteStatusLabels), site.id).addTo(
        siteLayer,
      );
    }
  }
  partnershipLayer.addTo(map);
  siteLayer.addTo(map);

  function markerFor(
    at: L.LatLng,
    icon: L.DivIcon,
    k: ClientKelurahan,
    kind: 'partnership' | 'site',
    tooltip: () => HTMLElement,
    siteId?: string,
  ): L.Marker {
    // Not keyboard-focusable: everything a marker says is in its kelurahan's popup, which the
    // kelurahan path already opens from the keyboard.
    const marker = L.marker(at, { icon, keyboard: false, riseOnHover: true });
    marker.on('add', () => {
      const element = marker.getElement();
      element?.setAttribute('aria-hidden', 'true');
      element?.setAttribute('data-code', k.code);
      element?.setAttribute('data-kind', kind);
      if (siteId) element?.setAttribute('data-site', siteId);
    });
    marker.bindTooltip(tooltip, { direction: 'top', className: 'map-tooltip-box', opacity: 1 });
    marker.on('click', () => select(k.code, 'pointer'));
    return marker;
  }

  const toggles: Record<string, (on: boolean) => void> = {
    stages: (on) => {
      stagesShown = on;
      kelurahanLayer.setStyle((f) => styleFor(byCode.get((f!.properties as DisplayKelurahanProperties).code)!));
    },
    partnerships: (on) => (on ? partnershipLayer.addTo(map) : partnershipLayer.remove()),
    sites: (on) => (on ? siteLayer.addTo(map) : siteLayer.remove()),
    kecamatan: (on) => (on ? kecamatanLayer.addTo(map) : kecamatanLayer.remove()),
    basemap: (on) => {
      if (!tiles) return;
      basemapShown = on;
      if (on) tiles.addTo(map);
      else tiles.remove();
      toggles.stages!(stagesShown);
    },
  };
  controls?.querySelectorAll<HTMLInputElement>('input[data-layer]').forEach((input) => {
    input.addEventListener('change', () => toggles[input.dataset.layer ?? '']?.(input.checked));
  });

  const fromHash = () => CODE_IN_HASH.exec(location.hash)?.[1];
  window.addEventListener('hashchange', () => {
    const code = fromHash();
    if (code && code !== selected) select(code, 'hash');
  });
  const initial = fromHash();
  if (initial) select(initial, 'hash');
}

/**
 * The "unknown" hatch of the static maps, added to the SVG Leaflet draws the kelurahan in,
 * so that leafletFill('unknown') can point at it.
 */
function addHatchPattern(map: L.Map): void {
  const svg = map.getPane('overlayPane')?.querySelector('svg');
  if (!svg || svg.querySelector(`#${HATCH_ID}`)) return;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const pattern = document.createElementNS(ns, 'pattern');
  pattern.setAttribute('id', HATCH_ID);
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', '8');
  pattern.setAttribute('height', '8');
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const back = document.createElementNS(ns, 'rect');
  back.setAttribute('width', '8');
  back.setAttribute('height', '8');
  back.setAttribute('fill', PROGRESS_COLOURS.unknown);
  const line = document.createElementNS(ns, 'line');
  for (const [k, v] of Object.entries({ x1: '0', y1: '0', x2: '0', y2: '8', stroke: '#4a4a55', 'stroke-width': '2' }))
    line.setAttribute(k, v);
  pattern.append(back, line);
  defs.append(pattern);
  svg.prepend(defs);
}
