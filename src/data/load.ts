/**
 * Loads the validated dataset for the site and the scripts. Invalid data throws with the
 * validator's full report, so the build fails rather than publish something wrong.
 */
import { resolve } from 'node:path';
import { coverageSummary } from './views/coverage';
import type { Tables } from './schema/index';
import { textReport } from './validation/report';
import { validateDataset, type ValidateOptions } from './validation/validate';

export class InvalidDataError extends Error {
  constructor(readonly report: string) {
    super(`The data in data/ is invalid, so nothing was built.\n\n${report}`);
    this.name = 'InvalidDataError';
  }
}

export function loadDataset(options: Partial<ValidateOptions> = {}): Tables {
  const dataDir = options.dataDir ?? resolve('data');
  const result = validateDataset({ displayDir: 'data', ...options, dataDir });
  if (!result.valid || !result.data) throw new InvalidDataError(textReport(result, 'en', coverageSummary(result.typed)));
  return result.data;
}

let cached: Tables | undefined;

/** The dataset in data/, loaded once per build. */
export function getDataset(): Tables {
  cached ??= loadDataset();
  return cached;
}
