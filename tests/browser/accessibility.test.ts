/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing on any page template of the built site,
 * in both languages, including the map and data pages; every page loads without console
 * errors or requests to other hosts; and at 360 px no page scrolls sideways and every
 * scrollable region can be reached by keyboard.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../src/cli/static-server';
import { axeViolations, launchBrowser, openPage, serveSite } from '../support/browser';
import { requireBuild } from '../support/site';
import { templatePages } from '../support/templates';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  requireBuild();
  server = await serveSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function check(path: string, width: number, rules?: string[]) {
  const { page, offsite, consoleErrors } = await openPage(browser);
  try {
    await page.setViewportSize({ width, height: 800 });
    const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const violations = await axeViolations(page, rules);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    return { status: response?.status(), violations, offsite: [...offsite], consoleErrors: [...consoleErrors], overflow };
  } finally {
    await page.context().close();
  }
}

describe('accessibility of every page template', () => {
  const pages = templatePages();

  it('covers every template in both languages, the map and data pages included', () => {
    const templates = new Set(pages.map((p) => p.template));
    for (const lang of ['id', 'en']) {
      for (const t of [
        '/',
        'kelurahan/',
        'kelurahan/*',
        'kecamatan/*',
        'kemitraan/',
        'gerai-gudang/',
        'linimasa/',
        'berita/',
        'berita/*',
        'metodologi/',
        'peta/',
        'data/',
      ]) {
        expect(templates.has(`${lang} ${t}`), `${lang} ${t}`).toBe(true);
      }
    }
    expect(templates.has('id 404.html')).toBe(true);
  });

  // Pages are independent: check a few at a time in the one browser.
  it.concurrent.each(pages.map((p) => [p.path || '/', p.path] as const))(
    '%s: no axe violation, no console error, no request off 127.0.0.1',
    async (_label, path) => {
      const result = await check(path, 1280);
      expect(result.status, path).toBe(200);
      expect(result.violations, path).toEqual([]);
      expect(result.consoleErrors, path).toEqual([]);
      expect(result.offsite, path).toEqual([]);
    },
  );

  it.concurrent.each(pages.map((p) => [p.path || '/', p.path] as const))(
    '%s at 360 px: no sideways scrolling, scrollable regions reachable by keyboard',
    async (_label, path) => {
      const result = await check(path, 360, ['scrollable-region-focusable', 'target-size']);
      expect(result.overflow, `${path} is ${result.overflow}px wider than the screen`).toBeLessThanOrEqual(0);
      expect(result.violations, path).toEqual([]);
    },
  );
});
