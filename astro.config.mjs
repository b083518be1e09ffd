// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// Deployment settings come from the environment (see src/config/site.ts).
const siteUrl = (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/+$/, '');
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: siteUrl,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  // A separate cache lets tests build throwaway copies alongside the main build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'id',
    locales: ['id', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'id', locales: { id: 'id-ID', en: 'en' } },
    }),
  ],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
