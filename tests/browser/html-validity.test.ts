/**
 * The Nu Html Checker (vnu-jar, needs Java) finds no error in any built HTML file: every page
 * of the site, the map and data pages included.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, requireBuild, ROOT, SITE_DIST } from '../support/site';

const run = promisify(execFile);
const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

beforeAll(() => requireBuild());

describe('HTML validity', () => {
  it('checks real HTML: the build has pages to check', () => {
    // A missing or empty folder passes the checker silently.
    expect(htmlPages().length).toBeGreaterThan(100);
  });

  it('finds no error in any built HTML file', async () => {
    let output: string;
    try {
      const result = await run('java', ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', '--stdout', SITE_DIST], {
        maxBuffer: 64 * 1024 * 1024,
      });
      output = result.stdout;
    } catch (error) {
      const failed = error as { code?: string | number; stdout?: string; stderr?: string };
      if (failed.code === 'ENOENT')
        throw new Error('Java is needed for the HTML checker: apt-get install -y openjdk-17-jre-headless', { cause: error });
      // vnu exits with 1 when it found errors; the report is still on stdout.
      output = failed.stdout ?? '';
      if (!output) throw new Error(`The HTML checker did not run: ${failed.stderr}`, { cause: error });
    }
    const messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map(
        (m) =>
          `${relative(ROOT, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`,
      );
    expect(errors).toEqual([]);
  }, 180_000);
});
