/** npm run release -- <patch|minor|major> --summary "…" --summary-en "…" */
import { runRelease } from '../src/cli/release-command';

const { code, stdout, stderr } = runRelease(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
