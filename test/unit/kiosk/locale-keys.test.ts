import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTRACT_MESSAGES } from '../../../src/core/kiosk/attract';
import type { ExternalKind } from '../../../src/core/kiosk/external-link';
import { SETUP_FIELDS, type SetupProblemKind } from '../../../src/core/kiosk/setup-link';
import { TALLY_BLOCKERS, VOLUNTEER_OUTCOMES } from '../../../src/core/volunteer/tally';
import type { TeamCodeProblem } from '../../../src/core/volunteer/team-code';

// The screens build keys from ids (kiosk.setup.field.<field>, volunteer.outcome.<outcome>): every id
// must have its Vietnamese text, or a visitor would see a raw key.

function flat(ns: string, lang = 'vi'): Set<string> {
  const keys = new Set<string>();
  const walk = (v: unknown, path: string) => {
    if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, `${path}.${k}`);
    else keys.add(path);
  };
  walk(JSON.parse(readFileSync(`content/locales/${lang}/${ns}.json`, 'utf8')), ns);
  return keys;
}

describe('kiosk and volunteer texts', () => {
  it('name every setup field, problem, outside-link kind and attract message', () => {
    const keys = flat('kiosk');
    const kinds: SetupProblemKind[] = ['missing', 'invalid', 'swapped', 'plainPin', 'repeated', 'unknown', 'version'];
    const outside: ExternalKind[] = ['call', 'message', 'email', 'map', 'store', 'web', 'unavailable'];
    const want = [
      ...[...SETUP_FIELDS, 'pin2'].flatMap((f) => [`kiosk.setup.field.${f}`, `kiosk.setup.expected.${f}`]),
      ...kinds.map((k) => `kiosk.setup.problem.${k}`),
      ...outside.flatMap((k) => [`kiosk.outside.${k}.title`, `kiosk.outside.${k}.text`]),
      ...ATTRACT_MESSAGES.map((m) => `kiosk.attract.messages.${m}`),
      ...['id', 'loc', 'ten', 'lat', 'lng', 'idle', 'pin', 'pin2'].map((f) => `kiosk.maker.hint.${f}`),
      ...['denied', 'no-camera', 'failed'].map((p) => `kiosk.scan.${p}`),
    ];
    expect(want.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('name every tally outcome, blocker and team-code problem', () => {
    const keys = flat('volunteer');
    const problems: TeamCodeProblem[] = ['empty', 'tooShort', 'tooLong', 'characters', 'digits'];
    const want = [
      ...VOLUNTEER_OUTCOMES.map((o) => `volunteer.outcome.${o}`),
      ...TALLY_BLOCKERS.map((b) => `volunteer.blocker.${b}`),
      ...problems.map((p) => `volunteer.setup.problem.${p}`),
      ...['noOutcome', 'noBlocker', 'save'].map((p) => `volunteer.tally.problem.${p}`),
    ];
    expect(want.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('have English for every Vietnamese text', () => {
    for (const ns of ['kiosk', 'volunteer']) expect([...flat(ns, 'vi')].filter((k) => !flat(ns, 'en').has(k))).toEqual([]);
  });
});
