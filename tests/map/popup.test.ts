// @vitest-environment happy-dom
/**
 * The map's tooltip, popup and symbol builders: data text goes in as text, never as markup,
 * and what they say matches the model they are given.
 */
import { describe, expect, it } from 'vitest';
import { SITE_STATUSES, type SiteStatus } from '../../src/data/schema/site-status';
import type { ClientKelurahan, ClientText } from '../../src/map/client-model';
import { SITE_STATUS_COLOURS } from '../../src/map/palette';
import { buildPartnershipTooltip, buildPopup, buildSiteTooltip, buildTooltip, siteSymbol } from '../../src/map/client/popup';

const MARKUP = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '</script><script>window.__pwned=2</script>';

const text: ClientText = {
  mapLabel: 'Map',
  kecamatanPrefix: 'Kecamatan',
  popupStage: 'Furthest stage',
  popupBasis: 'Basis',
  popupSince: 'by',
  popupPartnerships: 'BUMN partnerships',
  popupNoPartnerships: 'None named',
  popupSites: 'Sites',
  popupSiteHistory: 'Status history',
  popupSitePlacement: 'Coordinates unknown',
  popupDisputed: 'Sources disagree',
  popupAddressUnknown: 'address unknown',
  popupClose: 'Close',
  loadFailed: 'failed',
  unknown: 'unknown',
  boundaryAttribution: 'Boundaries',
};
const labels = Object.fromEntries(Object.entries(SITE_STATUSES).map(([k, v]) => [k, v.en])) as Record<SiteStatus, string>;

function kelurahan(overrides: Partial<ClientKelurahan> = {}): ClientKelurahan {
  return {
    code: '64.71.03.1006',
    name: MARKUP,
    slug: 'graha-indah',
    href: '/en/kelurahan/graha-indah/',
    kecamatanCode: '64.71.03',
    kecamatan: SCRIPT,
    level: 'partnership-applied',
    levelLabel: 'applied for a BUMN partnership',
    basis: 'named',
    basisLabel: 'a source names this cooperative',
    date: '2025-09-18',
    dateLabel: '18 September 2025',
    label: `${MARKUP}: applied`,
    openLabel: `Open the ${MARKUP} page`,
    partnerships: [{ partner: MARKUP, line: 'sembako', stage: 'applied', date: '18 September 2025' }],
    sites: [
      {
        id: 'x',
        address: MARKUP,
        history: [
          { status: 'under-construction', label: 'under construction', date: '21 October 2025', disputed: true },
          { status: 'planned', label: 'planned', date: '24 December 2025', disputed: true },
        ],
        shown: ['under-construction', 'planned'],
        disputed: true,
      },
    ],
    ...overrides,
  };
}

describe('buildTooltip', () => {
  it('shows the name and stage as text, so markup in a name stays text', () => {
    const k = kelurahan();
    const tip = buildTooltip(document, k);
    document.body.append(tip);
    expect(tip.querySelector('img, script')).toBeNull();
    expect(tip.textContent).toContain(MARKUP);
    expect(tip.textContent).toContain(k.levelLabel);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('mark tooltips', () => {
  it('name the partnerships as text', () => {
    const k = kelurahan();
    const tip = buildPartnershipTooltip(document, k, text);
    expect(tip.querySelector('img, script')).toBeNull();
    expect(tip.textContent).toContain(`${MARKUP} (sembako): applied`);
  });

  it('say that a site mark is not the site’s location, and when sources disagree on its status', () => {
    const k = kelurahan();
    const tip = buildSiteTooltip(document, k, k.sites[0]!, text, labels);
    expect(tip.querySelector('img, script')).toBeNull();
    expect(tip.textContent).toContain(text.popupSitePlacement);
    expect(tip.textContent).toContain(text.popupDisputed);
    expect(tip.textContent).toContain(`${labels['under-construction']} / ${labels.planned}`);
  });
});

describe('buildPopup', () => {
  it('renders names, kecamatan, partners and addresses from the data as text only', () => {
    const popup = buildPopup(document, kelurahan(), text, labels);
    document.body.append(popup);
    expect(popup.querySelector('img, script, iframe')).toBeNull();
    expect(popup.querySelector('h2')!.textContent).toBe(MARKUP);
    expect(popup.textContent).toContain(SCRIPT);
    expect(popup.querySelector('.map-popup__sites')!.textContent).toContain(MARKUP);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('links to the kelurahan page with the given label', () => {
    const k = kelurahan();
    const link = buildPopup(document, k, text, labels).querySelector<HTMLAnchorElement>('a.map-popup__link')!;
    expect(link.getAttribute('href')).toBe(k.href);
    expect(link.textContent).toBe(k.openLabel);
  });

  it('states stage, basis and first date; and says when no partnership is named', () => {
    const k = kelurahan({ partnerships: [], sites: [] });
    const popup = buildPopup(document, k, text, labels);
    expect(popup.querySelector('dl')!.textContent).toContain(k.levelLabel);
    expect(popup.querySelector('dl')!.textContent).toContain(`${k.basisLabel}; ${text.popupSince} ${k.dateLabel}`);
    expect(popup.textContent).toContain(text.popupNoPartnerships);
    expect(popup.querySelector('.map-popup__sites')).toBeNull();
  });

  it('shows every disputed status of a site and says the sources disagree, rather than picking one', () => {
    const k = kelurahan();
    const site = buildPopup(document, k, text, labels).querySelector('.map-popup__site')!;
    expect(site.textContent).toContain(text.popupDisputed);
    for (const h of k.sites[0]!.history) expect(site.textContent).toContain(`${h.date}: ${h.label}`);
    expect(site.textContent).toContain(`${labels['under-construction']} / ${labels.planned}`);
    expect(site.textContent).toContain(text.popupSitePlacement);
  });

  it('says "address unknown" and "unknown" status when the data has neither', () => {
    const k = kelurahan({ sites: [{ id: 'y', address: undefined, history: [], shown: [], disputed: false }] });
    const site = buildPopup(document, k, text, labels).querySelector('.map-popup__site')!;
    expect(site.querySelector('.unknown')!.textContent).toBe(text.popupAddressUnknown);
    expect([...site.querySelectorAll('.unknown')].map((e) => e.textContent)).toContain(text.unknown);
  });
});

describe('siteSymbol', () => {
  it('fills one circle with the colour of a single status', () => {
    const svg = siteSymbol(document, ['groundbreaking']);
    expect([...svg.querySelectorAll('circle')].map((c) => c.getAttribute('fill'))).toEqual([SITE_STATUS_COLOURS.groundbreaking]);
  });

  it('splits the symbol into one slice per disputed status', () => {
    const statuses: SiteStatus[] = ['under-construction', 'planned'];
    const slices = [...siteSymbol(document, statuses).querySelectorAll('path')].map((p) => p.getAttribute('fill'));
    expect(slices).toEqual(statuses.map((s) => SITE_STATUS_COLOURS[s]));
  });
});
