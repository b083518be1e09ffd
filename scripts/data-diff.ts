import { runDataDiff } from '../src/cli/data-diff-command';

try {
  const { code, stdout, stderr } = runDataDiff(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
} catch (err) {
  // Bad input is reported by runDataDiff itself; anything else is a bug, said plainly rather than as a stack.
  process.stderr.write(`data:diff failed unexpectedly: ${(err as Error).message}\nPlease report this as a bug.\n`);
  process.exitCode = 1;
}
