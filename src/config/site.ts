/**
 * Deployment settings, read from the environment at build time so that the same code can be
 * served at a domain root or under a sub-path (GitHub Pages project sites, for example).
 *
 *   SITE_URL   origin of the deployed site            (default http://127.0.0.1:4321)
 *   BASE_PATH  path the site is served under          (default /)
 *   REPO_URL   repository for "fix this data" links   (default below)
 *   REPO_BRANCH branch those links point to           (default main)
 *   BASEMAP    "osm" to show OpenStreetMap tiles under the map, "none" for boundaries only (default none)
 */
const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

export const site = {
  url: (env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/+$/, ''),
  base: normaliseBase(env.BASE_PATH ?? '/'),
  repositoryUrl: (env.REPO_URL ?? 'https://github.com/kmp-balikpapan/kmp-balikpapan').replace(/\/+$/, ''),
  repositoryBranch: env.REPO_BRANCH ?? 'main',
  basemap: (env.BASEMAP === 'osm' ? 'osm' : 'none') as 'osm' | 'none',
  /** OpenStreetMap's standard tile layer and the attribution its tile policy requires. */
  osmTiles: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap contributors',
    attributionUrl: 'https://www.openstreetmap.org/copyright',
  },
} as const;

/** Link to a file of the repository on GitHub, e.g. the CSV an editor should fix. */
export function repositoryFileUrl(path: string, mode: 'blob' | 'edit' = 'blob'): string {
  return `${site.repositoryUrl}/${mode}/${site.repositoryBranch}/${path.replace(/^\/+/, '')}`;
}
