/**
 * The import boundaries of eslint.config.js catch an import that goes the wrong way, one case per
 * boundary, and let the allowed directions through. `npm run lint` applies them to src/.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site';

const eslint = new ESLint({ cwd: ROOT });

/** The messages of the import rule for `code` placed at `file`. */
async function importProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

const refused: [string, string, string, RegExp][] = [
  ['data → URL builder', 'src/data/views/example.ts', "import { href } from '../../urls';", /does not depend on the site/],
  [
    'data → components',
    'src/data/views/example.ts',
    "import { summariseRow } from '../../components/row-summary';",
    /does not depend on the site/,
  ],
  ['data → Astro', 'src/data/example.ts', "import { getCollection } from 'astro:content';", /does not depend on the site/],
  ['schema → validator', 'src/data/schema/example.ts', "import { cast } from '../validation/cells';", /single source of truth/],
  [
    'release → validator',
    'src/data/release/example.ts',
    "import { validateDataset } from '../validation/validate';",
    /the validator runs them/,
  ],
  [
    'validator → derived views',
    'src/data/validation/example.ts',
    "import { kelurahanRecords } from '../views/kelurahan';",
    /derived views are for the site/,
  ],
  [
    'catalogue → data code',
    'src/i18n/text/example.ts',
    "import { PROGRESS_ORDER } from '../../data/views/kelurahan';",
    /import types only/,
  ],
  ['catalogue → URL builder', 'src/i18n/example.ts', "import { href } from '../urls';", /does not depend on the site/],
  ['config → data', 'src/config/example.ts', "import { getDataset } from '../data/load';", /bottom layer/],
  ['map client → server module', 'src/map/client/example.ts', "import { mapKelurahan } from '../model';", /runs in the browser/],
  ['map client → catalogue', 'src/map/client/example.ts', "import { t } from '../../i18n/catalogue';", /runs in the browser/],
  ['map client → Node', 'src/map/client/example.ts', "import { readFileSync } from 'node:fs';", /runs in the browser/],
  [
    'component → page',
    'src/components/Example.astro',
    "---\nimport Home from '../pages/[...lang]/index.astro';\n---\n<Home />\n",
    /entry points/,
  ],
  ['module → page', 'src/charts/example.ts', "import { GET } from '../pages/robots.txt';", /entry points/],
];

const allowed: [string, string, string][] = [
  ['data → catalogue', 'src/data/release/example.ts', "import { t } from '../../i18n/catalogue';"],
  ['release → CSV reader', 'src/data/release/example.ts', "import { readCsv } from '../validation/read-csv';"],
  ['validator → release', 'src/data/validation/example.ts', "import { checkReleases } from '../release/manifest';"],
  ['catalogue → data types', 'src/i18n/text/example.ts', "import type { ProgressLevel } from '../../data/views/kelurahan';"],
  [
    'map client → palette and types',
    'src/map/client/example.ts',
    "import type { MapSite } from '../model';\nimport { PROGRESS_COLOURS } from '../palette';",
  ],
  [
    'site → data',
    'src/components/Example.astro',
    "---\nimport { getDataset } from '../data/load';\nconst data = getDataset();\n---\n<p>{data.kelurahan.length}</p>\n",
  ],
];

describe('import boundaries', () => {
  it.each(refused)('refuses %s', async (_name, file, code, message) => {
    const problems = await importProblems(file, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each(allowed)('allows %s', async (_name, file, code) => {
    expect(await importProblems(file, code)).toEqual([]);
  });
});
