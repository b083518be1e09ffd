/**
 * Prints page weights of a built site: npm run bench (reads $SITE_DIST or dist/; builds nothing).
 * Set BUILD_SECONDS to include a build time you measured, e.g. BUILD_SECONDS=$(…) npm run bench.
 */
import { existsSync } from 'node:fs';
import { benchReport, measureSite } from '../src/cli/site-bench';

const dir = process.env.SITE_DIST ?? 'dist';
if (!existsSync(dir)) {
  console.error(`${dir}/ does not exist. Build the site first (npm run build), or set SITE_DIST to a built folder.`);
  process.exit(2);
}
console.log(`Built site: ${dir}/`);
console.log(benchReport(measureSite(dir, process.env.BASE_PATH ?? '/')));
if (process.env.BUILD_SECONDS) console.log(`\nBuild time: ${process.env.BUILD_SECONDS} s`);
