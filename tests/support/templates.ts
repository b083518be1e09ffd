/**
 * The page templates of a built site, found from its files rather than listed by hand, so that
 * pages other engineers add (the map, the data pages) are covered as soon as they are built.
 * Pages below a section that share their parent with two or more siblings are one template ("kelurahan/*"); of
 * each template the largest and the smallest page are checked, plus one page of every other
 * make-up of its content (a kelurahan with a build site and one without), in both languages.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, pageUrlPath, readPage, SITE_DIST } from './site';

/** What a page is made of: the classes used in its main content. Pages of one template that differ here are checked separately. */
function structureOf(file: string, dir: string): string {
  const main = readPage(file, dir).querySelector('main');
  const classes = new Set(
    (main?.querySelectorAll('[class]') ?? []).flatMap((el) =>
      el
        .getAttribute('class')!
        .split(/\s+/)
        .filter((c) => !c.startsWith('astro-')),
    ),
  );
  return [...classes].sort().join(' ');
}

export interface TemplatePage {
  template: string;
  /** Site path without base, e.g. "en/kelurahan/graha-indah/". */
  path: string;
}

export function templatePages(dir = SITE_DIST): TemplatePage[] {
  const files = htmlPages(dir);
  const bare = (file: string) => pageUrlPath(file).replace(/^en\//, '');
  const parentOf = (path: string) => path.replace(/[^/]+\/?$/, '');
  const siblings = new Map<string, number>();
  for (const file of files) {
    if (!file.startsWith('en/')) siblings.set(parentOf(bare(file)), (siblings.get(parentOf(bare(file))) ?? 0) + 1);
  }
  const templateOf = (file: string) => {
    const path = bare(file);
    const parent = parentOf(path);
    // Top-level sections (/kelurahan/, /kemitraan/, …) are each their own template.
    return parent !== '' && path !== parent && (siblings.get(parent) ?? 0) >= 3 ? `${parent}*` : path || '/';
  };
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const key = `${file.startsWith('en/') ? 'en' : 'id'} ${templateOf(file)}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const pages: TemplatePage[] = [];
  for (const [key, group] of groups) {
    const bySize = [...group].sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size || a.localeCompare(b));
    const chosen = new Set([bySize[0]!, bySize.at(-1)!]);
    const structures = new Set([...chosen].map((f) => structureOf(f, dir)));
    for (const file of bySize) {
      const structure = structureOf(file, dir);
      if (!structures.has(structure)) {
        structures.add(structure);
        chosen.add(file);
      }
    }
    for (const file of chosen) pages.push({ template: key, path: pageUrlPath(file) });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}
