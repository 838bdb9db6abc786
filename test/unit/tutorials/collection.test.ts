import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../../src/build/content/errors';
import { compileTutorials, createTutorialsCollection } from '../../../src/build/content/tutorials';
import { TUTORIAL_IDS } from '../../../src/core/tutorials/ids';
import { contentRoot, SVG, tutorialYaml } from './fixtures';

const TODAY = '2026-11-22';
const collection = createTutorialsCollection({ today: () => TODAY });
const errorsFor = (overrides: Record<string, string | undefined>) =>
  collection.compile(contentRoot(overrides)).errors.map(formatContentError).sort();

/** tutorialYaml with steps appended; lines 1–18 are the fixture's, so the first added step starts on line 19. */
const withStep = (id: string, step: string) => tutorialYaml(id, step);

describe('a valid set of tutorials', () => {
  it('compiles with no errors into an index and one lazy module per tutorial and language', () => {
    const out = collection.compile(contentRoot());
    expect(out.errors).toEqual([]);
    expect(Object.keys(out.modules).sort()).toEqual(
      ['tutorials', ...TUTORIAL_IDS.flatMap((id) => [`tutorial/${id}/vi`, `tutorial/${id}/en`])].sort(),
    );
  });

  it('keeps the agreed order and inlines the illustrations', () => {
    const { tutorials } = compileTutorials(contentRoot(), TODAY);
    expect(tutorials.map((t) => t.id)).toEqual([...TUTORIAL_IDS]);
    expect(tutorials[0]?.illustrations['pic.svg']).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 240"><rect x="1" y="1" width="10" height="10" fill="#000"/></svg>',
    );
  });

  it('index module lists summaries and refuses unknown ids without importing anything', async () => {
    const out = collection.compile(contentRoot());
    const index = (await import(`data:text/javascript,${encodeURIComponent(out.modules['tutorials']!)}`)) as {
      tutorials: { id: string; stepIds: string[] }[];
      loadTutorial: (id: string, lang: string) => Promise<unknown>;
    };
    expect(index.tutorials.map((t) => [t.id, t.stepIds])[2]).toEqual(['activate', ['first', 'second']]);
    expect(await index.loadTutorial('constructor', 'vi')).toBeUndefined();
    expect(await index.loadTutorial('nope', 'en')).toBeUndefined();
    const activate = (await import(`data:text/javascript,${encodeURIComponent(out.modules['tutorial/activate/vi']!)}`)) as {
      tutorial: { steps: unknown[] };
    };
    expect(activate.tutorial.steps).toHaveLength(2);
  });
});

describe('every step has its required fields', () => {
  it('names each missing field with its line', () => {
    const step = `  - id: third
    title: Bước thứ ba
`;
    expect(errorsFor({ 'install.yaml': withStep('install', step) })).toEqual([
      'content/tutorials/install.yaml:19: steps[2].illustration: found nothing, expected an SVG file name like "activate-otp.svg"',
      'content/tutorials/install.yaml:19: steps[2].see: found nothing, expected a text (Vietnamese; English under en: when you have it)',
      'content/tutorials/install.yaml:19: steps[2].text: found nothing, expected a text (Vietnamese; English under en: when you have it)',
    ]);
  });

  it('refuses unknown fields (a typo must not be ignored)', () => {
    const step = `  - id: third
    title: Bước thứ ba
    text: Bấm nút để tiếp tục làm.
    illustration: pic.svg
    see: Màn hình.
    tip: Một mẹo nhỏ cho bạn.
`;
    expect(errorsFor({ 'install.yaml': withStep('install', step) })).toEqual([
      'content/tutorials/install.yaml:24: tip: found an unknown field, expected one of id, aliases, title, text, illustration, see, tips, fixes, related, scamWarning, unconfirmed',
    ]);
  });

  it('refuses a step id that is not a URL slug, and one used twice', () => {
    const steps = `  - id: Bước 3
    title: Bước thứ ba
    text: Bấm nút để tiếp tục.
    illustration: pic.svg
    see: Màn hình.
  - id: first
    title: Lặp lại
    text: Bấm nút để tiếp tục.
    illustration: pic.svg
    see: Màn hình.
`;
    expect(errorsFor({ 'install.yaml': withStep('install', steps) })).toEqual([
      'content/tutorials/install.yaml:19: steps[2].id: found "Bước 3", expected a short id: lower-case letters, digits and - (e.g. "otp")',
      'content/tutorials/install.yaml:24: steps[3].id: found "first", already used by steps[0], expected a step id used once in this tutorial',
    ]);
  });
});

describe('a duplicate step id is never hidden', () => {
  it('reports it even when the other step with that id has its own error', () => {
    // steps[2] has no illustration (an error that used to drop the step before ids were compared).
    const steps = `  - id: first
    title: Bước thứ ba
    text: Bấm nút để tiếp tục.
    see: Màn hình.
`;
    expect(errorsFor({ 'install.yaml': withStep('install', steps) })).toEqual([
      'content/tutorials/install.yaml:19: steps[2].id: found "first", already used by steps[0], expected a step id used once in this tutorial',
      'content/tutorials/install.yaml:19: steps[2].illustration: found nothing, expected an SVG file name like "activate-otp.svg"',
    ]);
  });
});

describe('every tutorial exists in Vietnamese', () => {
  it('requires the Vietnamese text (English alone is not enough)', () => {
    const text = tutorialYaml('install').replace('title: Hướng dẫn mẫu', 'title:\n  en: Sample guide');
    expect(errorsFor({ 'install.yaml': text })).toEqual(['content/tutorials/install.yaml:2: title.vi: found nothing, expected a text']);
  });

  it('refuses Vietnamese typed without accents', () => {
    const text = tutorialYaml('install').replace('summary: Một hướng dẫn mẫu để kiểm tra.', 'summary: Mot huong dan mau de kiem tra.');
    expect(errorsFor({ 'install.yaml': text })).toEqual([
      'content/tutorials/install.yaml:3: summary.vi: found Vietnamese without accents, expected Vietnamese written with its accents (dấu), e.g. "Kích hoạt tài khoản"',
    ]);
  });

  it('refuses a **label** left open', () => {
    const text = tutorialYaml('install').replace('bấm **Bắt đầu** ngay', 'bấm **Bắt đầu ngay');
    expect(errorsFor({ 'install.yaml': text })).toEqual([
      'content/tutorials/install.yaml:11: steps[0].text.vi: found an odd number of **, expected each **button label** opened and closed',
    ]);
  });
});

describe('sources and dates', () => {
  it('requires at least one source and a real lastChecked date', () => {
    const text = tutorialYaml('install')
      .replace('lastChecked: 2026-11-01', 'lastChecked: 2026-02-30')
      .replace(/sources:\n( {2}.*\n)+/, 'sources: []\n');
    expect(errorsFor({ 'install.yaml': text })).toEqual([
      'content/tutorials/install.yaml:4: lastChecked: found "2026-02-30", expected a real date written YYYY-MM-DD',
      'content/tutorials/install.yaml:5: sources: found a list of 0, expected at least 1 item',
    ]);
  });

  it('refuses a lastChecked in the future (it would hide the out-of-date warning)', () => {
    const text = tutorialYaml('install').replace('lastChecked: 2026-11-01', 'lastChecked: 2062-11-01');
    expect(errorsFor({ 'install.yaml': text })).toEqual([
      `content/tutorials/install.yaml:4: lastChecked: found "2062-11-01", expected a date not after today (${TODAY}): the day the steps were checked`,
    ]);
  });

  it('requires a web address to be one', () => {
    const text = tutorialYaml('install').replace('https://example.gov.vn/huong-dan', 'example.gov.vn');
    expect(errorsFor({ 'install.yaml': text })).toEqual([
      'content/tutorials/install.yaml:7: sources[0].url: found "example.gov.vn", expected a web address starting with https://',
    ]);
  });
});

describe('every link resolves', () => {
  it('checks fixes against the steps of fix-problems', () => {
    const step = `  - id: third
    title: Bước thứ ba
    text: Bấm nút để tiếp tục.
    illustration: pic.svg
    see: Màn hình.
    fixes: [first, otp-lost]
`;
    expect(errorsFor({ 'install.yaml': withStep('install', step) })).toEqual([
      'content/tutorials/install.yaml:24: steps[2].fixes: found "otp-lost", expected a step id of fix-problems: first, second',
    ]);
  });

  it('checks related tutorials and their steps', () => {
    const step = `  - id: third
    title: Bước thứ ba
    text: Bấm nút để tiếp tục.
    illustration: pic.svg
    see: Màn hình.
    related: [activate/second, activate/otp, nowhere, Bad/Ref]
`;
    expect(errorsFor({ 'install.yaml': withStep('install', step) })).toEqual([
      `content/tutorials/install.yaml:24: steps[2].related: found "Bad/Ref", expected a tutorial id, or tutorial/step (e.g. "activate/otp")`,
      `content/tutorials/install.yaml:24: steps[2].related: found "activate/otp", expected a step of activate: first, second`,
      `content/tutorials/install.yaml:24: steps[2].related: found "nowhere", expected a tutorial id: ${[...TUTORIAL_IDS].sort().join(', ')}`,
    ]);
  });

  it('does not repeat a broken file’s problem as broken links to it', () => {
    const step = `  - id: third
    title: Bước thứ ba
    text: Bấm nút để tiếp tục.
    illustration: pic.svg
    see: Màn hình.
    related: [activate/first]
`;
    expect(errorsFor({ 'install.yaml': withStep('install', step), 'activate.yaml': 'id: activate\ntitle: [' })).toEqual([
      expect.stringMatching(/^content\/tutorials\/activate\.yaml:\d+: YAML: /),
    ]);
  });

  it('requires every agreed tutorial (the checker and posters link to them)', () => {
    expect(errorsFor({ 'activate.yaml': undefined })).toEqual([
      'content/tutorials/activate.yaml:1: file: found no file, expected the tutorial "activate" (the checker and posters link to it)',
    ]);
  });

  it('requires the id to be the file name', () => {
    expect(errorsFor({ 'extra.yaml': tutorialYaml('other') })).toEqual([
      'content/tutorials/extra.yaml:1: id: found "other", expected "extra" (the file\'s name)',
    ]);
  });
});

describe('anti-scam warning', () => {
  it('is required on a step that mentions an OTP, a password or a passcode', () => {
    const step = (word: string, flag = '') => `  - id: third
    title: Bước thứ ba
    text: Nhập ${word} của bạn vào ứng dụng.
    illustration: pic.svg
    see: Màn hình.
${flag}`;
    expect(errorsFor({ 'install.yaml': withStep('install', step('mã OTP')) })).toEqual([
      'content/tutorials/install.yaml:19: steps[2].scamWarning: found nothing, expected true: the step mentions "OTP", so it must carry the anti-scam warning',
    ]);
    expect(errorsFor({ 'install.yaml': withStep('install', step('mật khẩu', '    scamWarning: false\n')) })).toEqual([
      'content/tutorials/install.yaml:24: steps[2].scamWarning: found false, expected true: the step mentions "mật khẩu", so it must carry the anti-scam warning',
    ]);
    expect(errorsFor({ 'install.yaml': withStep('install', step('passcode', '    scamWarning: true\n')) })).toEqual([]);
  });
});

describe('every image exists and is safe to inline', () => {
  it('reports a missing illustration at the step that names it', () => {
    const text = tutorialYaml('install').replace('illustration: pic.svg', 'illustration: missing.svg');
    expect(errorsFor({ 'install.yaml': text })).toEqual([
      'content/tutorials/install.yaml:12: steps[0].illustration: found "missing.svg", expected an SVG file in content/tutorials/illustrations/',
    ]);
  });

  it('refuses scripts, ids, links and oversized files, naming the SVG file and line', () => {
    const bad = SVG.replace('<rect', '<script>alert(1)</script>\n  <rect id="a" onclick="x()" style="fill:red"');
    expect(errorsFor({ 'illustrations/pic.svg': bad })).toEqual([
      'content/tutorials/illustrations/pic.svg:2: markup: found a <script>, expected drawing only (no scripts)',
      'content/tutorials/illustrations/pic.svg:3: markup: found a style attribute, expected presentation attributes (fill="...", stroke="..."): the page\'s security policy blocks inline styles',
      'content/tutorials/illustrations/pic.svg:3: markup: found an event handler (on...=), expected drawing only (no scripts)',
      'content/tutorials/illustrations/pic.svg:3: markup: found an id attribute, expected no ids (two pictures on one page would clash)',
    ]);
    const big = SVG.replace('</svg>', `${'<rect x="1" y="1" width="1" height="1"/>\n'.repeat(120)}</svg>`);
    expect(errorsFor({ 'illustrations/pic.svg': big })).toEqual([
      expect.stringMatching(/^content\/tutorials\/illustrations\/pic\.svg:1: size: found \d+ bytes, expected at most 4096 bytes/),
    ]);
    expect(errorsFor({ 'illustrations/pic.svg': '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://x/y.png"/></svg>' })).toEqual(
      [
        'content/tutorials/illustrations/pic.svg:1: markup: found a link (href), expected no references to other files or pages',
        'content/tutorials/illustrations/pic.svg:1: markup: found a linking or animated element, expected shapes and text only (no images, links or animation)',
        'content/tutorials/illustrations/pic.svg:1: viewBox: found nothing, expected viewBox="0 0 width height" (so the picture scales with the text)',
      ],
    );
  });
});

describe('YAML mistakes organizers make', () => {
  it('explains an unquoted ": " inside a text', () => {
    const text = tutorialYaml('install').replace('see: Màn hình tiếp theo.', 'see: Bắt buộc: màn hình tiếp theo.');
    const errors = errorsFor({ 'install.yaml': text });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^content\/tutorials\/install\.yaml:18: YAML: found .*, expected valid YAML \(a text containing ": " must be written in quotes/,
    );
  });

  it("gives the parser's whole message, not one cut after 37 characters", () => {
    const text = tutorialYaml('install').replace('see: Màn hình tiếp theo.', 'see: Bắt buộc: màn hình tiếp theo.');
    const [error] = errorsFor({ 'install.yaml': text });
    expect(error).toContain('found Nested mappings are not allowed in compact mappings, expected');
  });

  it('points at the line where an unclosed quote opens', () => {
    const text = tutorialYaml('install').replace('see: Màn hình tiếp theo.', 'see: "Màn hình tiếp theo.');
    expect(errorsFor({ 'install.yaml': text })).toEqual([
      'content/tutorials/install.yaml:18: YAML: found a quote (") opened on this line and never closed, expected valid YAML',
    ]);
  });
});
