/**
 * The validator's command line, kept apart from process.exit so tests can run it in-process.
 * Exit codes: 0 valid, 1 invalid, 2 bad usage.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { coverageSummary } from '../data/views/coverage';
import type { Lang } from '../i18n/lang';
import { githubReport, jsonReport, textReport, type Format } from '../data/validation/report';
import { validateDataset } from '../data/validation/validate';

export const USAGE = `Usage: npm run validate -- [--data-dir DIR] [--format text|json|github] [--lang id|en] [--today YYYY-MM-DD]

  --data-dir DIR   folder with the CSV files (default: data)
  --format F       text (default), json (Frictionless-shaped report) or github (pull-request annotations)
  --lang L         language of the messages: id (default) or en
  --today DATE     treat DATE as today when refusing future dates (default: today in Balikpapan)`;

export interface CommandResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export function runValidate(argv: string[]): CommandResult {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string', default: 'data' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string', default: 'id' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return { code: 2, stdout: '', stderr: `${(err as Error).message}\n\n${USAGE}\n` };
  }
  if (values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const format = values.format as string;
  const lang = values.lang as string;
  const today = values.today as string | undefined;
  if (!['text', 'json', 'github'].includes(format)) return { code: 2, stdout: '', stderr: `Unknown --format ${format}.\n\n${USAGE}\n` };
  if (!['id', 'en'].includes(lang)) return { code: 2, stdout: '', stderr: `Unknown --lang ${lang}.\n\n${USAGE}\n` };
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today))
    return { code: 2, stdout: '', stderr: `--today must be YYYY-MM-DD.\n\n${USAGE}\n` };
  const dataDir = values['data-dir'] as string;
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    return { code: 2, stdout: '', stderr: `--data-dir ${dataDir} is not a folder.\n\n${USAGE}\n` };
  }

  const result = validateDataset({ dataDir, ...(today ? { today } : {}) });
  const l = lang as Lang;
  const output =
    (format as Format) === 'json'
      ? JSON.stringify(jsonReport(result, l), null, 2)
      : format === 'github'
        ? githubReport(result, l)
        : textReport(result, l, coverageSummary(result.typed));
  return { code: result.valid ? 0 : 1, stdout: output ? `${output}\n` : '', stderr: '' };
}
