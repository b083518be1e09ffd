/**
 * Debian's chromium driven by playwright-core, for tests against the built site on
 * 127.0.0.1. Every request to another host is blocked and recorded, so a test can assert
 * that none was made; console errors are recorded too.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH}. Install it with: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}

export interface WatchedPage {
  page: Page;
  /** Requests that tried to leave 127.0.0.1 (all were aborted). */
  offsite: string[];
  consoleErrors: string[];
}

export async function openPage(browser: Browser, options: { allowHosts?: string[] } = {}): Promise<WatchedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const offsite: string[] = [];
  const consoleErrors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
    if (local || options.allowHosts?.includes(url.hostname)) return route.continue();
    offsite.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  return { page, offsite, consoleErrors };
}

/** Serves a built site folder (default $SITE_DIST or dist/) on 127.0.0.1 with its base path. */
export function serveSite(dir = process.env.SITE_DIST ?? 'dist', base = process.env.BASE_PATH ?? '/'): Promise<StaticServer> {
  if (!existsSync(dir)) throw new Error(`${dir}/ does not exist: run npm run build first (npm test does).`);
  return serveStatic(dir, base);
}

/** The WCAG tags every axe check in this project runs: 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Injects axe-core into the page and returns one line per violation ("rule (impact): help — targets"),
 * empty when there is none. `rules` runs only those rules instead of the WCAG tags.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const options = rules ? { runOnly: { type: 'rule', values: rules } } : { runOnly: { type: 'tag', values: WCAG_TAGS } };
  const result = (await page.evaluate(
    (opts) => (window as unknown as { axe: { run: (context: Document, o: unknown) => Promise<unknown> } }).axe.run(document, opts),
    options,
  )) as { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => JSON.stringify(n.target))
        .slice(0, 5)
        .join(', ')}`,
  );
}
