/**
 * The mistakes a new editor makes (issue "Editors: a first pull request…"), each with one
 * error at its cause: the right file, line and column, a message that names the fix, and no
 * cascade of errors elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/data/validation/messages';
import type { Finding } from '../../src/data/validation/problems';
import { fixture } from '../support/fixture';

const located = (f: Finding) => ({
  file: f.file,
  line: f.rowNumber,
  column: f.charColumn,
  field: f.fieldName,
  key: f.key,
  severity: f.severity,
});

describe('a broken quote', () => {
  it('left open is one error on its own line, without parser codes, and the rest of the file is still read', () => {
    const f = fixture();
    f.setLine('partners.csv', 2, 'bulog,"Perum Bulog,Bulog,bumn,food,example-news-2025-10-21');
    const findings = f.validate().findings;
    expect(findings.map(located)).toEqual([
      { file: 'data/partners.csv', line: 2, column: 7, field: 'name', key: 'quote-unclosed', severity: 'error' },
    ]);
    const en = messageOf(findings[0]!, 'en');
    expect(en).toContain('column 7');
    expect(en).toContain('add a closing quote');
    expect(`${en} ${messageOf(findings[0]!, 'id')}`).not.toMatch(/CSV_|undefined/);
  });

  it('followed by text is one error at that text, and the next lines are read as they are', () => {
    const f = fixture();
    f.setLine('partners.csv', 2, 'bulog,"Perum" Bulog,Bulog,bumn,food,example-news-2025-10-21');
    expect(f.validate().findings.map(located)).toEqual([
      { file: 'data/partners.csv', line: 2, column: 13, field: 'name', key: 'text-after-quote', severity: 'error' },
    ]);
  });

  it('inside a cell that does not start with one is one error at the quote', () => {
    const f = fixture();
    f.setLine('partners.csv', 2, 'bulog,Perum 5" Bulog,Bulog,bumn,food,example-news-2025-10-21');
    expect(f.validate().findings.map(located)).toEqual([
      { file: 'data/partners.csv', line: 2, column: 14, field: 'name', key: 'quote-inside-cell', severity: 'error' },
    ]);
  });

  it('that opens a cell spanning lines stays one cell, as CSV allows (the line break inside it is the error)', () => {
    const f = fixture();
    f.setLine('partners.csv', 2, 'bulog,"Perum\nBulog",Bulog,bumn,food,example-news-2025-10-21');
    expect(f.validate().findings.map((x) => [x.key, x.rowNumber, x.fieldName])).toEqual([['control-character', 2, 'name']]);
  });
});
