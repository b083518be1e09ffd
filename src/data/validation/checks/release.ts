/** Published releases are unchanged, and a schema change since the last one carries the version it needs. */
import { releaseRuleMessages, type ReleaseRuleKey } from '../../release/rule-messages';
import { checkReleaseRules } from '../../release/version-rules';
import { defineCheck } from '../check';

export const release = defineCheck({
  name: 'release',
  scope: 'dataset',
  type: 'release-integrity',
  severity: 'error',
  keys: Object.keys(releaseRuleMessages) as ReleaseRuleKey[],
  doc: {
    title: { id: 'Rilis yang sudah terbit', en: 'Published releases' },
    description: {
      id: 'Setiap berkas rilis di data/releases/ harus persis seperti yang dicatat manifest-nya (pulihkan dengan git checkout), dan perubahan skema sejak rilis terakhir harus disertai versi yang cukup (npm run release).',
      en: 'Every file of a release in data/releases/ must be exactly as its manifest records it (restore it with git checkout), and a schema change since the last release needs a large enough version (npm run release).',
    },
  },
  run(context) {
    const { dataDir, releasesDir, displayDir } = context.settings;
    for (const { file, ...problem } of checkReleaseRules({ dataDir, releasesDir, displayDir })) context.report(file, problem);
  },
  examples: {
    failing: [{ recordRelease: true }, { file: 'releases/v1.0.0/partners.csv', replace: 'Perum Bulog', with: 'Perum BULOG' }],
    passing: [{ recordRelease: true }],
  },
});
