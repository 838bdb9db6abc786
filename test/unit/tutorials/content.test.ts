import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTutorialsCollection, compileTutorials } from '../../../src/build/content/tutorials';
import { placeholders } from '../../../src/core/i18n/messages';
import { hrefFor, matchRoute } from '../../../src/core/routes';
import { FIX_TUTORIAL_ID, TUTORIAL_IDS } from '../../../src/core/tutorials/ids';
import { localDay } from '../../../src/core/tutorials/freshness';

// The real content in content/tutorials, as the build compiles it today.
const root = process.cwd();
const { tutorials, errors } = compileTutorials(root, localDay(new Date()));
const byId = new Map(tutorials.map((t) => [t.id, t]));

describe('the real tutorials', () => {
  it('compile with no errors', () => {
    expect(errors).toEqual([]);
  });

  it('are the agreed eight, in order', () => {
    expect(tutorials.map((t) => t.id)).toEqual([...TUTORIAL_IDS]);
  });

  it('carry sources and a lastChecked date', () => {
    for (const t of tutorials) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      expect(t.lastChecked, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('give every step an illustration drawn inline', () => {
    for (const t of tutorials)
      for (const s of t.steps) expect(t.illustrations[s.illustration], `${t.id}/${s.id}`).toMatch(/^<svg [^>]*viewBox/);
  });

  it('open each step at its own URL (/huong-dan/<tutorial>/<step>)', () => {
    for (const t of tutorials) {
      for (const s of t.steps) {
        const href = hrefFor('guideStep', { tutorial: t.id, step: s.id });
        expect(matchRoute(href), href).toMatchObject({ id: 'guideStep', params: { tutorial: t.id, step: s.id } });
      }
    }
    expect(matchRoute('/huong-dan/activate/otp')?.params).toEqual({ tutorial: 'activate', step: 'otp' });
  });
});

describe('activation (the step campaigns print as QR codes)', () => {
  const activate = byId.get('activate');

  it('has the OTP, password and passcode steps, each with the anti-scam warning', () => {
    for (const id of ['otp', 'password', 'passcode']) {
      const step = activate?.steps.find((s) => s.id === id);
      expect(step?.scamWarning, id).toBe(true);
    }
  });

  it('sends a stuck OTP step to the OTP fix', () => {
    expect(activate?.steps.find((s) => s.id === 'otp')?.fixes).toContain('otp-not-received');
  });
});

describe('fixes', () => {
  const fixes = byId.get(FIX_TUTORIAL_ID);
  it('cover every problem the issue lists', () => {
    const ids = fixes?.steps.map((s) => s.id) ?? [];
    for (const id of [
      'otp-not-received',
      'nfc-fails',
      'face-not-recognised',
      'new-phone',
      'forgot-password',
      'forgot-passcode',
      'changed-number',
      'not-approved',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('give the national hotline for a changed number', () => {
    expect(fixes?.steps.find((s) => s.id === 'changed-number')?.text.vi).toContain('1900 0368');
  });

  it('are reachable: every fix is named by at least one step elsewhere or linked from another fix', () => {
    const named = new Set(
      tutorials.flatMap((t) =>
        t.steps.flatMap((s) => [...s.fixes, ...s.related.filter((r) => r.tutorial === FIX_TUTORIAL_ID).map((r) => r.step)]),
      ),
    );
    const orphans = (fixes?.steps ?? []).map((s) => s.id).filter((id) => !named.has(id));
    expect(orphans).toEqual([]);
  });
});

describe('size (everything is precached)', () => {
  const out = createTutorialsCollection().compile(root);
  it('keeps the index small and each tutorial module under 10 KB gzip', () => {
    expect(gzipSync(out.modules['tutorials'] ?? '').length).toBeLessThan(3 * 1024);
    for (const id of TUTORIAL_IDS) expect(gzipSync(out.modules[`tutorial/${id}`] ?? '').length, id).toBeLessThan(10 * 1024);
  });
});

describe('screen texts (content/locales/*/tutorials.json)', () => {
  const flat = (lang: string) => {
    const out: Record<string, string> = {};
    const walk = (v: unknown, key: string) => {
      if (typeof v === 'string') out[key] = v;
      else for (const [k, x] of Object.entries(v as object)) walk(x, key ? `${key}.${k}` : k);
    };
    walk(JSON.parse(readFileSync(`${root}/content/locales/${lang}/tutorials.json`, 'utf8')), '');
    return out;
  };
  const vi = flat('vi');
  const en = flat('en');

  it('are translated key for key, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi)) expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(vi[key] ?? ''));
  });
});

describe("links into the tutorials from other content (the checker's rules)", () => {
  it('name steps that exist', () => {
    const dir = `${root}/content/rules`;
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
    const pattern = new RegExp(`\\b(${TUTORIAL_IDS.join('|')})/([a-z0-9][a-z0-9-]*)`, 'g');
    const missing: string[] = [];
    for (const f of files) {
      for (const [, tutorial, step] of readFileSync(`${dir}/${f}`, 'utf8').matchAll(pattern)) {
        if (!byId.get(tutorial ?? '')?.steps.some((s) => s.id === step)) missing.push(`${f}: ${tutorial}/${step}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
