/**
 * Reading a built site in tests: its HTML pages, parsed; the pages the data says must exist;
 * and throwaway builds (another base path, a broken article) in temporary folders.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The site under test: $SITE_DIST, or dist/ that `npm test` builds first. */
export const SITE_DIST = resolve(ROOT, process.env.SITE_DIST ?? 'dist');
/** The URL prefix absolute links in that build start with. */
export const SITE_ROOT = `${(process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/+$/, '')}${(process.env.BASE_PATH ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/')}`;

export function requireBuild(dir = SITE_DIST): void {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(
      `${relative(ROOT, dir) || dir}/index.html does not exist: build the site first (npm test does; or OUT_DIR=${relative(ROOT, dir)} npx astro build).`,
    );
}

/** Every .html file of a build, as paths relative to it with forward slashes ("en/kelurahan/x/index.html"). */
export function htmlPages(dir = SITE_DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** "en/kelurahan/x/index.html" → "en/kelurahan/x/", "404.html" → "404.html". */
export const pageUrlPath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

const parsed = new Map<string, HTMLElement>();
export function readPage(file: string, dir = SITE_DIST): HTMLElement {
  const key = join(dir, file);
  let root = parsed.get(key);
  if (!root) {
    root = parse(readFileSync(key, 'utf8'));
    parsed.set(key, root);
  }
  return root;
}

/** The file a site path (base removed, no query or hash) is served from, if any. */
export function fileForPath(path: string, dir = SITE_DIST): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\/+/, '');
  const candidate = join(dir, clean);
  if (clean === '' || clean.endsWith('/')) return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  if (existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  return undefined;
}

/** Visible text of an element with whitespace collapsed. */
export const textOf = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs `astro build` into a temporary folder with its own cache, so that it can run next to
 * other builds. `env` adds variables such as BASE_PATH or NEWS_DIR.
 */
export function buildInto(env: Record<string, string>, label = 'kmp-site-build-'): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), label));
  const outDir = join(work, 'dist');
  return new Promise((done, fail) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output, outDir }));
  });
}
