import { mapFigures } from '../src/cli/map-figures';

// Usage: npm run bench:map [-- distDir]   (default $SITE_DIST or dist)
const dir = process.argv[2] ?? process.env.SITE_DIST ?? 'dist';
process.stdout.write(`${mapFigures(dir).join('\n')}\n`);
