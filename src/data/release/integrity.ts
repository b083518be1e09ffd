/** The build's error when a published release no longer matches its manifest. */
import type { IntegrityProblem } from './manifest';
import { releaseRuleMessage } from './rule-messages';
import { integrityFinding } from './version-rules';

export class ReleaseIntegrityError extends Error {
  constructor(readonly problems: IntegrityProblem[]) {
    const lines = problems.map((p) => `- ${releaseRuleMessage(integrityFinding(p), 'en')}`);
    super(`A published data release has been altered, so nothing was built.\n${lines.join('\n')}`);
    this.name = 'ReleaseIntegrityError';
  }
}
