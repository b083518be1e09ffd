/**
 * A city-level figure is what a source reported on a day, so wherever a page shows one
 * (marked data-indicator), its date reads "as of" / "per", like every other reported state.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, readPage, requireBuild } from '../support/site';
import { t } from '../../src/i18n/catalogue';

describe('indicator figures on the built pages', () => {
  requireBuild();
  const pages = htmlPages().filter((file) => readPage(file).querySelector('[data-indicator]'));

  it('exist on the home page and in the news in both languages', () => {
    for (const prefix of ['', 'en/']) {
      expect(pages).toContain(`${prefix}index.html`);
      expect(pages.some((p) => p.startsWith(`${prefix}berita/`))).toBe(true);
    }
  });

  it('date every figure "as of"', () => {
    for (const file of pages) {
      const lang = file.startsWith('en/') ? 'en' : 'id';
      for (const figure of readPage(file).querySelectorAll('[data-indicator]')) {
        const date = figure.querySelector('.fact-date');
        expect(date, `${file}: ${figure.getAttribute('data-indicator')}`).not.toBeNull();
        expect(date!.text.trim().startsWith(`${t(lang).ui.asOf} `), `${file}: "${date!.text}"`).toBe(true);
      }
    }
  });
});
