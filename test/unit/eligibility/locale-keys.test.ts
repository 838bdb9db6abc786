import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import vi from '../../../content/locales/vi/checker.json';
import en from '../../../content/locales/en/checker.json';

/** Every fixed `t('checker.…')` key the screens use has Vietnamese text; English keys are a subset. */
function flat(value: unknown, prefix: string, out: Record<string, string> = {}): Record<string, string> {
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flat(v, `${prefix}.${k}`, out);
  else out[prefix] = String(value);
  return out;
}

const DIR = 'src/app/screens/checker';
const used = readdirSync(DIR)
  .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
  .flatMap((f) => [...readFileSync(join(DIR, f), 'utf8').matchAll(/t\('(checker\.[a-zA-Z0-9.-]+)'/g)].map((m) => m[1] ?? ''));

describe('checker texts', () => {
  const viKeys = flat(vi, 'checker');
  const enKeys = flat(en, 'checker');

  it('finds the keys the screens use', () => expect(used.length).toBeGreaterThan(30));

  it.each([...new Set(used)])('%s has Vietnamese text', (key) => expect(viKeys[key]).toBeTruthy());

  it('has every camera and photo message the QR reader can show', () => {
    for (const m of ['denied', 'no-camera', 'failed', 'no-code', 'not-card', 'reading'])
      expect(viKeys[`checker.qr.message.${m}`], m).toBeTruthy();
  });

  it('has no English key without Vietnamese', () => {
    expect(Object.keys(enKeys).filter((k) => !(k in viKeys))).toEqual([]);
  });
});
