import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../../src/build/content/errors';
import { siteCollection } from '../../../src/build/content/site';
import { tempRoot } from './helpers';

const messages = (files: Record<string, string>) =>
  siteCollection
    .compile(tempRoot(files))
    .errors.sort((a, b) => a.line - b.line)
    .map(formatContentError);

const GOOD = `title:
  vi: Hướng dẫn
shortTitle: Định danh
hotlines:
  - number: "1900 0368"
    label: Tổng đài
    source: Bộ Công an
lastChecked: 2026-11-22
`;

describe('site content', () => {
  it('compiles a good file into a module', () => {
    const out = siteCollection.compile(tempRoot({ 'content/site/site.yaml': GOOD }));
    expect(out.errors).toEqual([]);
    expect(out.modules.site).toContain('1900 0368');
  });

  it('lists every error at once, each with file, line, field, found and expected', () => {
    const bad = `title:
  en: Guide only
shortTitle: A title far too long for a phone icon
organizer: Công an xã
tittle: typo
hotlines:
  - number: "call us"
    label: Tổng đài
    source: Bộ Công an
lastChecked: 2026-02-30
`;
    expect(messages({ 'content/site/site.yaml': bad })).toEqual([
      // A missing key is reported on its parent's line.
      'content/site/site.yaml:1: title.vi: found nothing, expected a text',
      'content/site/site.yaml:3: shortTitle: found 37 characters, expected at most 12',
      // The unit's name is no longer built in (set in the dashboard): an old file's field is refused.
      'content/site/site.yaml:4: organizer: found an unknown field, expected one of title, shortTitle, hotlines, lastChecked',
      'content/site/site.yaml:5: tittle: found an unknown field, expected one of title, shortTitle, hotlines, lastChecked',
      'content/site/site.yaml:7: hotlines[0].number: found "call us", expected a phone number (digits and spaces, e.g. "1900 0368")',
      'content/site/site.yaml:10: lastChecked: found "2026-02-30", expected a real date written YYYY-MM-DD',
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const [message] = messages({ 'content/site/site.yaml': 'title:\n  vi: a\n  en: b: c\n' });
    expect(message).toMatch(/^content\/site\/site\.yaml:3: YAML: found .+, expected valid YAML$/);
  });

  it('says when the file is missing', () => {
    expect(messages({})).toEqual([
      'content/site/site.yaml:1: file: found no file, expected content/site/site.yaml with the title and hotlines',
    ]);
  });

  it('requires at least one hotline', () => {
    expect(messages({ 'content/site/site.yaml': GOOD.replace(/hotlines:[\s\S]*?lastChecked/, 'hotlines: []\nlastChecked') })).toEqual([
      'content/site/site.yaml:4: hotlines: found a list of 0, expected at least 1 item',
    ]);
  });
});
