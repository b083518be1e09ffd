import { runValidate } from '../src/cli/validate-command';

try {
  const { code, stdout, stderr } = runValidate(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
} catch (err) {
  // The validator is built never to throw; if it does, say so plainly rather than dump a stack.
  process.stderr.write(`The validator failed unexpectedly: ${(err as Error).message}\nPlease report this as a bug.\n`);
  process.exitCode = 1;
}
