/**
 * The release command line, kept apart from process.exit so tests can run it in-process.
 * Exit codes: 0 recorded, 1 refused (wrong bump, nothing changed, invalid data, altered
 * release), 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { InvalidDataError } from '../data/load';
import { ReleaseIntegrityError } from '../data/release/integrity';
import { releaseMessage } from '../data/release/messages';
import { recordRelease, ReleaseRefused } from '../data/release/record';
import type { Lang } from '../i18n/lang';
import type { CommandResult } from './validate-command';

export function runRelease(argv: string[], root = process.cwd()): CommandResult {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        summary: { type: 'string' },
        'summary-en': { type: 'string' },
        date: { type: 'string' },
        lang: { type: 'string', default: 'id' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (err) {
    return { code: 2, stdout: '', stderr: `${(err as Error).message}\n\n${releaseMessage('en', 'usage')}\n` };
  }
  const lang: Lang = values.lang === 'en' ? 'en' : 'id';
  const usage = releaseMessage(lang, 'usage');
  if (values.help) return { code: 0, stdout: `${usage}\n`, stderr: '' };
  if (values.lang !== 'id' && values.lang !== 'en')
    return { code: 2, stdout: '', stderr: `Unknown --lang ${String(values.lang)}.\n\n${usage}\n` };
  if (positionals.length !== 1)
    return { code: 2, stdout: '', stderr: `${releaseMessage(lang, 'bad-bump', { bump: positionals.join(' ') })}\n\n${usage}\n` };
  try {
    const recorded = recordRelease({
      bump: positionals[0]!,
      summary: { id: values.summary as string | undefined, en: values['summary-en'] as string | undefined },
      root,
      ...(values.date ? { date: values.date as string } : {}),
    });
    const folder = recorded.folder.startsWith(root) ? recorded.folder.slice(root.length).replace(/^\/+/, '') : recorded.folder;
    const message = releaseMessage(lang, 'recorded', {
      version: recorded.manifest.version,
      bump: recorded.manifest.bump,
      folder,
      count: recorded.manifest.files.length + 1,
      extra: recorded.updated.join(' '),
    });
    return { code: 0, stdout: `${message}\n`, stderr: '' };
  } catch (err) {
    if (err instanceof ReleaseRefused) return { code: err.key === 'bad-bump' ? 2 : 1, stdout: '', stderr: `${err.text(lang)}\n` };
    if (err instanceof InvalidDataError || err instanceof ReleaseIntegrityError) return { code: 1, stdout: '', stderr: `${err.message}\n` };
    throw err;
  }
}
