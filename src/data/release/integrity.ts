/** The build's error when a published release no longer matches its manifest. */
import { messageOf } from '../validation/messages';
import { integrityFinding } from '../validation/semver';
import type { IntegrityProblem } from './manifest';

export class ReleaseIntegrityError extends Error {
  constructor(readonly problems: IntegrityProblem[]) {
    const lines = problems.map((p) => `- ${messageOf({ severity: 'error', ...integrityFinding(p) }, 'en')}`);
    super(`A published data release has been altered, so nothing was built.\n${lines.join('\n')}`);
    this.name = 'ReleaseIntegrityError';
  }
}
