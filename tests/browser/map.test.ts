/**
 * The interactive map in Debian's chromium, against the built site on 127.0.0.1 (SITE_DIST,
 * default dist/). Every request to another host is blocked and recorded. The basemap
 * variant is built here, with BASEMAP=osm, into a folder of its own.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryFileUrl, site } from '../../src/config/site';
import { BOUNDARIES_FILE } from '../../src/data/schema/index';
import { loadDataset } from '../../src/data/load';
import { kelurahanRecords, PROGRESS_ORDER } from '../../src/data/views/kelurahan';
import { HIGHLIGHT_STROKE, leafletFill, PROGRESS_COLOURS } from '../../src/map/palette';
import type { StaticServer } from '../../src/cli/static-server';
import { axeViolations, launchBrowser, openPage, serveSite } from '../support/browser';
import { t } from '../../src/i18n/catalogue';
import { href } from '../../src/urls';

const data = loadDataset();
const records = kelurahanRecords(data);
const grahaIndah = records.find((r) => r.kelurahan.slug === 'graha-indah')!;
const SITE_DIST = process.env.SITE_DIST ?? 'dist';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page path of the map in a language, relative to the served base. */
const mapPage = (lang: 'id' | 'en', hash = '') => `${server.url}${href(lang, 'peta/').slice(site.base.length)}${hash}`;

async function openMap(page: Page, lang: 'id' | 'en' = 'id', hash = '') {
  await page.goto(mapPage(lang, hash));
  await page.waitForSelector('path.map-kelurahan[data-code]', { state: 'attached' });
}

/** A point on screen where the kelurahan's own path is the topmost element, for a real click. */
async function pointOn(page: Page, code: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((c) => {
    const path = document.querySelector(`path.map-kelurahan[data-code="${c}"]`)!;
    const box = path.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.05) {
      for (const sign of [1, -1]) {
        for (let fx = 0.05; fx < 1; fx += 0.05) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * (sign > 0 ? fy : 1 - fy);
          if (document.elementFromPoint(x, y) === path) return { x, y };
        }
      }
    }
    return undefined;
  }, code);
  if (!point) throw new Error(`No visible point of kelurahan ${code} on the map`);
  return point;
}

const popupName = (page: Page) => page.locator('.leaflet-popup .map-popup h2').textContent();

describe('the map page with the basemap off', () => {
  it('draws one polygon per kelurahan, coloured by the furthest confirmed stage in the data', async () => {
    const { page, offsite, consoleErrors } = await openPage(browser);
    await openMap(page);
    const drawn = await page.$$eval('path.map-kelurahan', (paths) =>
      paths.map((p) => ({ code: p.getAttribute('data-code'), fill: p.getAttribute('fill') })),
    );
    expect(drawn).toHaveLength(records.length);
    const expected = records.map((r) => ({ code: r.kelurahan.code, fill: leafletFill(r.progress.level, 'map-unknown-hatch') }));
    expect([...drawn].sort((a, b) => a.code!.localeCompare(b.code!))).toEqual(expected);
    // The colours are the palette's, and the stages are not all the same colour by accident.
    for (const r of records.filter((r) => r.progress.level !== 'unknown'))
      expect(Object.values(PROGRESS_COLOURS)).toContain(expected.find((e) => e.code === r.kelurahan.code)!.fill);
    expect(await page.locator('[data-map-static]').isHidden()).toBe(true);
    expect(offsite).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('opens Graha Indah’s popup on a click, puts its code in the URL, and its link leads to its page', async () => {
    const { page, offsite, consoleErrors } = await openPage(browser);
    await openMap(page, 'en');
    const { x, y } = await pointOn(page, grahaIndah.kelurahan.code);
    await page.mouse.move(x, y);
    await expect.poll(() => page.locator('.leaflet-tooltip .map-tooltip').textContent()).toContain(grahaIndah.kelurahan.name);
    await page.mouse.click(x, y);
    await expect.poll(() => popupName(page)).toBe(grahaIndah.kelurahan.name);
    expect(new URL(page.url()).hash).toBe(`#${grahaIndah.kelurahan.code}`);
    const link = page.locator('.leaflet-popup a.map-popup__link');
    const target = href('en', `kelurahan/${grahaIndah.kelurahan.slug}/`);
    expect(await link.getAttribute('href')).toBe(target);
    const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
    expect(new URL(page.url()).pathname).toBe(target);
    expect(response?.status()).toBe(200);
    expect(offsite).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('opens a popup with a tap on a phone', async () => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openMap(page);
    await page.locator('#kelurahan-map').scrollIntoViewIfNeeded();
    const { x, y } = await pointOn(page, grahaIndah.kelurahan.code);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => popupName(page)).toBe(grahaIndah.kelurahan.name);
    await context.close();
  });

  it('reaches a kelurahan by keyboard, shows focus, opens its popup with Enter and closes it with Escape', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await openMap(page);
    let focused: string | null = null;
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() =>
        document.activeElement?.matches('path.map-kelurahan') ? document.activeElement.getAttribute('data-code') : null,
      );
    }
    expect(focused, 'Tab never reached a kelurahan polygon').not.toBeNull();
    const record = records.find((r) => r.kelurahan.code === focused)!;
    const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
    expect(label).toContain(record.kelurahan.name);
    // Focus is visible: the focused kelurahan is outlined in the highlight pane.
    expect(await page.locator('.leaflet-highlight-pane path').count()).toBeGreaterThan(0);
    expect(await page.locator(`.leaflet-highlight-pane path[stroke="${HIGHLIGHT_STROKE}"]`).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.leaflet-tooltip .map-tooltip').textContent()).toContain(record.kelurahan.name);

    await page.keyboard.press('Enter');
    await expect.poll(() => popupName(page)).toBe(record.kelurahan.name);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('map-popup__link'))).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#${record.kelurahan.code}`);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe(record.kelurahan.code);
    expect(new URL(page.url()).hash).toBe('');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lets keyboard users skip the map’s stops to the table', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await openMap(page, 'en');
    await page.locator('a.map-skip').focus();
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#map-table');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#map-table')))).toBe(true);
    expect(await page.locator('.leaflet-popup').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('selects the kelurahan named in the URL hash, on load and when the hash changes', async () => {
    const { page, offsite, consoleErrors } = await openPage(browser);
    await openMap(page, 'id', `#${grahaIndah.kelurahan.code}`);
    await expect.poll(() => popupName(page)).toBe(grahaIndah.kelurahan.name);
    expect(await page.locator(`path.map-kelurahan[data-code="${grahaIndah.kelurahan.code}"]`).getAttribute('data-selected')).toBe('true');
    const other = records.find((r) => r.kelurahan.code !== grahaIndah.kelurahan.code)!;
    await page.evaluate((code) => (location.hash = code), other.kelurahan.code);
    await expect.poll(() => popupName(page)).toBe(other.kelurahan.name);
    expect(await page.locator('path.map-kelurahan[data-selected]').getAttribute('data-code')).toBe(other.kelurahan.code);
    expect(offsite).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('puts partnership and site marks only on kelurahan the data names, and the layers toggle', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await openMap(page);
    const marks = (kind: string) =>
      page.$$eval(`.leaflet-marker-pane [data-kind="${kind}"]`, (els) => els.map((e) => e.getAttribute('data-code')).sort());
    const partnered = records
      .filter((r) => r.partnerships.some((p) => p.basis === 'named'))
      .map((r) => r.kelurahan.code)
      .sort();
    const withSites = records.flatMap((r) => r.sites.map(() => r.kelurahan.code)).sort();
    expect(await marks('partnership')).toEqual(partnered);
    expect(await marks('site')).toEqual(withSites);

    await page.getByRole('checkbox', { name: t('id').map.layerSites }).uncheck();
    expect(await marks('site')).toEqual([]);
    await page.getByRole('checkbox', { name: t('id').map.layerSites }).check();
    expect(await marks('site')).toEqual(withSites);
    await page.getByRole('checkbox', { name: t('id').map.layerKecamatan }).uncheck();
    expect(await page.locator('.leaflet-kecamatan-pane path').count()).toBe(0);
    await page.getByRole('checkbox', { name: t('id').map.layerStages }).uncheck();
    const opacities = await page.$$eval('path.map-kelurahan', (paths) => paths.map((p) => p.getAttribute('fill-opacity')));
    expect(new Set(opacities)).toEqual(new Set(['0']));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('has no axe-core (WCAG 2.2 AA) violations with a popup open and a kelurahan focused', async () => {
    const { page } = await openPage(browser);
    await openMap(page, 'id', `#${grahaIndah.kelurahan.code}`);
    await expect.poll(() => popupName(page)).toBe(grahaIndah.kelurahan.name);
    await page.locator('path.map-kelurahan').first().focus();
    // Focusing a path scrolls the page just enough to show it, as for any focusable element, which can leave
    // the header's links cut by the top edge of the viewport; axe's target-size rule counts such a link as
    // obscured. Scroll back (focus and popup stay) so the rule judges the layout rather than the scroll.
    await page.evaluate(() => window.scrollTo(0, 0));
    // Leaflet fades popups in (not for reduced motion, see below); measured mid-fade, the popup text would
    // fail colour contrast.
    await page.waitForFunction(() => {
      const popup = document.querySelector('.leaflet-popup');
      return popup !== null && getComputedStyle(popup).opacity === '1';
    });
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('lists every kelurahan with its stage and page link in the table below the map', async () => {
    const { page } = await openPage(browser);
    await openMap(page, 'en');
    const rows = await page.$$eval('table.map-table tbody tr', (trs) =>
      trs.map((tr) => ({
        code: tr.getAttribute('data-code'),
        level: tr.getAttribute('data-level'),
        link: tr.querySelector('a')!.getAttribute('href'),
      })),
    );
    expect(rows).toEqual(
      records.map((r) => ({ code: r.kelurahan.code, level: r.progress.level, link: href('en', `kelurahan/${r.kelurahan.slug}/`) })),
    );
    // Each dated stage cites the sources of the rows that put the kelurahan at that stage; an undated one says unknown.
    const cited = await page.$$eval('table.map-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td:nth-of-type(4) a[data-source]')].map((a) => a.getAttribute('data-source')!).sort()),
    );
    const facts = (r: (typeof records)[number]) => r.progress.facts.filter((f) => f.level === r.progress.level);
    expect(cited).toEqual(records.map((r) => [...new Set(facts(r).flatMap((f) => f.row.source_ids))].sort()));
    expect(cited.some((ids) => ids.length > 0)).toBe(true);
    const undated = await page.$$eval('table.map-table tbody tr', (trs) =>
      trs.map((tr) => tr.querySelector('td:nth-of-type(4) .unknown') !== null),
    );
    expect(undated).toEqual(records.map((r) => r.progress.date === undefined));
    // A site whose status sources dispute says so in the table too.
    const disputedSites = await page.$$eval('table.map-table tbody tr', (trs) =>
      trs.filter((tr) => tr.querySelector('td:nth-of-type(6) .flag')).map((tr) => tr.getAttribute('data-code')),
    );
    const open = new Set(data.disagreements.filter((d) => d.status === 'open').flatMap((d) => d.rows));
    const disputedStatuses = (r: (typeof records)[number]) =>
      r.sites.some((site) => new Set(site.statuses.filter((st) => open.has(`site_status:${st.id}`)).map((st) => st.status)).size > 1);
    expect(disputedSites).toEqual(records.filter(disputedStatuses).map((r) => r.kelurahan.code));
    // The legend counts every level, unknown included, and says how many stages rest on city-wide statements.
    const legend = await page.$$eval('.map-legend .stage-legend li[data-level]', (lis) =>
      lis.map((li) => [li.getAttribute('data-level'), Number.parseInt(li.querySelector('.stage-legend__count')!.textContent!, 10)]),
    );
    expect(Object.fromEntries(legend)).toEqual(
      Object.fromEntries(PROGRESS_ORDER.map((level) => [level, records.filter((r) => r.progress.level === level).length])),
    );
    const cityWide = records.filter((r) => r.progress.basis === 'city-wide').length;
    expect(await page.locator('.map-legend [data-city-wide]').count()).toBe(cityWide > 0 ? 1 : 0);
    if (cityWide > 0) expect(await page.locator('.map-legend [data-city-wide]').getAttribute('data-city-wide')).toBe(String(cityWide));
    await page.context().close();
  });

  it('turns animations off for readers who ask for reduced motion', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await openMap(page);
    // Leaflet makes its zoom-animation proxy only when zoom animation is on, and fades popups and tiles in
    // only when its container has the class leaflet-fade-anim.
    expect(await page.locator('.leaflet-proxy').count()).toBe(0);
    expect(await page.locator('.leaflet-fade-anim').count()).toBe(0);
    // A popup is fully opaque the moment it opens.
    await page.evaluate((code) => (location.hash = code), grahaIndah.kelurahan.code);
    await page.waitForSelector('.leaflet-popup');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity)).toBe('1');
    await context.close();
    const normal = await browser.newContext({ reducedMotion: 'no-preference' });
    const animated = await normal.newPage();
    await openMap(animated);
    expect(await animated.locator('.leaflet-proxy').count()).toBe(1);
    expect(await animated.locator('.leaflet-fade-anim').count()).toBe(1);
    await normal.close();
  });

  it('keeps the static map and says why when the boundaries cannot be loaded', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.route('**/geo/kelurahan-display.json', (route) => route.abort());
    await page.goto(mapPage('en'));
    await expect.poll(() => page.locator('[data-map-status]').textContent()).toBe(t('en').map.loadFailed);
    expect(await page.locator('[data-map-static]').isVisible()).toBe(true);
    expect(await page.locator('#kelurahan-map').isHidden()).toBe(true);
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, shows the static SVG map with a link per kelurahan in its stage colour', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(mapPage('id'));
    expect(await page.locator('#kelurahan-map').isHidden()).toBe(true);
    const links = await page.$$eval('#static-map svg a', (as) =>
      as.map((a) => ({
        code: a.getAttribute('data-code'),
        href: a.getAttribute('href'),
        fill: a.querySelector('path')!.getAttribute('fill'),
      })),
    );
    expect(links).toEqual(
      records.map((r) => ({
        code: r.kelurahan.code,
        href: href('id', `kelurahan/${r.kelurahan.slug}/`),
        fill: leafletFill(r.progress.level, 'static-map-unknown'),
      })),
    );
    await context.close();
  });

  it('links to the full-precision boundary file, with every kelurahan in it', async () => {
    const { page } = await openPage(browser);
    await page.goto(mapPage('id'));
    const url = new URL((await page.locator('[data-boundary-download]').getAttribute('href'))!, page.url());
    if (url.hostname === '127.0.0.1') {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      const collection = (await response.json()) as { features: { properties: { code: string } }[] };
      expect(collection.features.map((f) => f.properties.code).sort()).toEqual(records.map((r) => r.kelurahan.code));
    } else {
      // Before the first release the repository's copy is the download.
      expect(url.href).toBe(repositoryFileUrl(`data/${BOUNDARIES_FILE}`));
    }
    await page.context().close();
  });

  it('loads Leaflet on the map page only', async () => {
    const { page } = await openPage(browser);
    const assets = async (path: string) => {
      await page.goto(`${server.url}${path}`);
      return page.$$eval('script[src], link[rel="stylesheet"]', (els) =>
        els.map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href),
      );
    };
    const mentionsLeaflet = async (urls: string[]) => {
      for (const url of urls) if (/leaflet-(container|pane)|L\.Map|leafletjs/.test(await (await fetch(url)).text())) return true;
      return false;
    };
    expect(await mentionsLeaflet(await assets(href('id', 'peta/').slice(site.base.length)))).toBe(true);
    expect(await mentionsLeaflet(await assets(''))).toBe(false);
    await page.context().close();
  });
});

describe('the map page built with the OpenStreetMap basemap, with tiles blocked', () => {
  const dir = `${SITE_DIST}-basemap-osm`;
  let osmServer: StaticServer;

  beforeAll(async () => {
    execFileSync('npx', ['astro', 'build'], {
      env: { ...process.env, BASEMAP: 'osm', OUT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
    osmServer = await serveSite(dir);
  });
  afterAll(async () => {
    await osmServer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks only the tile server, credits OpenStreetMap, and still works when no tile arrives', async () => {
    const { page, offsite, consoleErrors } = await openPage(browser);
    await page.goto(`${osmServer.url}${href('en', 'peta/').slice(site.base.length)}`);
    await page.waitForSelector('path.map-kelurahan[data-code]', { state: 'attached' });
    await expect.poll(() => offsite.length).toBeGreaterThan(0);
    const tileHost = new URL(site.osmTiles.url.replace(/\{[a-z]\}/g, '0')).hostname;
    expect(offsite.every((url) => new URL(url).hostname === tileHost)).toBe(true);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap');
    expect(await page.locator('path.map-kelurahan').count()).toBe(records.length);

    const { x, y } = await pointOn(page, grahaIndah.kelurahan.code);
    await page.mouse.click(x, y);
    await expect.poll(() => popupName(page)).toBe(grahaIndah.kelurahan.name);
    await page.getByRole('checkbox', { name: t('en').map.layerBasemap }).uncheck();
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    // Blocked tiles are logged by the browser as failed loads; nothing else may go wrong.
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });
});
