// The validator's command line as one prebuilt file, so that `npm run validate` starts in a
// fraction of what compiling TypeScript on the fly (tsx) takes. The bundle is built with
// esbuild on first use and rebuilt whenever one of its source files (ours or a dependency's)
// is newer than it; it lives in node_modules/.cache, never in git. Plain JavaScript, because
// it runs before anything can compile TypeScript.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'kmp-validate');
export const BUNDLE = join(CACHE, 'validate.mjs');
const INPUTS = join(CACHE, 'inputs.json');

/** True when the bundle exists and none of its inputs changed since it was built. */
function fresh() {
  if (!existsSync(BUNDLE) || !existsSync(INPUTS)) return false;
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(INPUTS, 'utf8'));
    return inputs.every((file) => statSync(join(ROOT, file)).mtimeMs < builtAt);
  } catch {
    return false; // an input was removed, or the record is unreadable: build again
  }
}

/** Builds the bundle if it is missing or stale; returns its path. */
export async function ensureValidatorBundle() {
  if (fresh()) return BUNDLE;
  const started = Date.now();
  const { build } = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  // Another process may build at the same time: each writes its own file and renames it into place.
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['scripts/validate.ts'],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    // Dependencies written as CommonJS call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  renameSync(temporary, BUNDLE);
  writeFileSync(INPUTS, JSON.stringify({ builtAt: started, inputs: Object.keys(result.metafile.inputs) }));
  return BUNDLE;
}
