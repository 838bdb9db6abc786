import { describe, expect, it } from 'vitest';
import { describeSetupProblem, formatSetupQuery, parseSetup, type KioskSetup, type SetupProblem } from '../../../src/core/kiosk/setup-link';

const PIN = '150000.AAAAAAAAAAAAAAAAAAAAAA.' + 'B'.repeat(43);
const GOOD = `setup=1&id=nvh-kp3&loc=79-26734&lat=10.7571&lng=106.6634&ten=Nh%C3%A0%20v%C4%83n%20h%C3%B3a%20khu%20ph%E1%BB%91%203&lang=vi&idle=90&pin=${PIN}`;

function problems(query: string): [string, string][] {
  const check = parseSetup(new URLSearchParams(query));
  return check.ok ? [] : check.problems.map((p: SetupProblem) => [p.field, p.kind]);
}

function withParam(name: string, value: string | null): string {
  const params = new URLSearchParams(GOOD);
  if (value === null) params.delete(name);
  else params.set(name, value);
  return params.toString();
}

describe('kiosk setup link', () => {
  it('reads a good link, rounding the position to about 100 m', () => {
    const check = parseSetup(new URLSearchParams(GOOD));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.setup).toMatchObject({
      kioskId: 'nvh-kp3',
      locality: '79-26734',
      lat: 10.757,
      lng: 106.663,
      placeName: 'Nhà văn hóa khu phố 3',
      lang: 'vi',
      idleSeconds: 90,
    });
    expect(check.setup.pin.iterations).toBe(150000);
  });

  it('round-trips through its own link format', () => {
    const check = parseSetup(new URLSearchParams(GOOD));
    if (!check.ok) throw new Error('good link refused');
    const again = parseSetup(new URLSearchParams(formatSetupQuery(check.setup)));
    expect(again).toEqual(check);
    // URLSearchParams reads it the same way (the screen's parser).
    expect(parseSetup(new URLSearchParams(formatSetupQuery(check.setup)))).toEqual(check);
  });

  it('defaults the language to Vietnamese and the idle time to 60 s', () => {
    const check = parseSetup(new URLSearchParams(withParam('lang', null).replace(/&idle=\d+/, '')));
    expect(check.ok && [check.setup.lang, check.setup.idleSeconds]).toEqual(['vi', 60]);
  });

  it('lists every problem at once, naming each parameter', () => {
    expect(problems('setup=1')).toEqual([
      ['id', 'missing'],
      ['loc', 'missing'],
      ['lat', 'missing'],
      ['lng', 'missing'],
      ['pin', 'missing'],
    ]);
  });

  it('refuses a kiosk id that is not a source tag or looks like a phone number', () => {
    expect(problems(withParam('id', 'NVH KP3'))).toEqual([['id', 'invalid']]);
    expect(problems(withParam('id', 'kiosk-0912345678'))).toEqual([['id', 'invalid']]);
    expect(problems(withParam('id', 'x'.repeat(25)))).toEqual([['id', 'invalid']]);
  });

  it('refuses a locality that is not a province or commune code', () => {
    expect(problems(withParam('loc', '7'))).toEqual([['loc', 'invalid']]);
    expect(problems(withParam('loc', '79-267'))).toEqual([['loc', 'invalid']]);
  });

  it('says when latitude and longitude are swapped, or outside Vietnam', () => {
    expect(problems(withParam('lat', '106.66').replace('lng=106.6634', 'lng=10.75'))).toEqual([['lat', 'swapped']]);
    expect(problems(withParam('lat', '48.85'))).toEqual([['lat', 'invalid']]);
    expect(problems(withParam('lng', '2.35'))).toEqual([['lng', 'invalid']]);
    expect(problems(withParam('lat', '10,75'))).toEqual([['lat', 'invalid']]);
    // In range each, but in the sea between the boxes (west of Hoàng Sa).
    expect(problems(withParam('lat', '16.0').replace('lng=106.6634', 'lng=110.5'))).toEqual([['lat', 'invalid']]);
  });

  it('refuses idle times outside 30–600 s and unknown languages', () => {
    expect(problems(withParam('idle', '10'))).toEqual([['idle', 'invalid']]);
    expect(problems(withParam('idle', '601'))).toEqual([['idle', 'invalid']]);
    expect(problems(withParam('idle', '60s'))).toEqual([['idle', 'invalid']]);
    expect(problems(withParam('idle', '600'))).toEqual([]);
    expect(problems(withParam('lang', 'fr'))).toEqual([['lang', 'invalid']]);
  });

  it('refuses a PIN in clear without echoing it', () => {
    const check = parseSetup(new URLSearchParams(withParam('pin', '1234')));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toEqual([{ field: 'pin', kind: 'plainPin', found: '••••' }]);
    expect(describeSetupProblem(check.problems[0]!)).not.toContain('1234');
  });

  it('refuses a malformed fingerprint', () => {
    expect(problems(withParam('pin', '150000.short.hash'))).toEqual([['pin', 'invalid']]);
    expect(problems(withParam('pin', '9.AAAAAAAAAAAAAAAAAAAAAA.' + 'B'.repeat(43)))).toEqual([['pin', 'invalid']]);
  });

  it('names unknown and repeated parameters (typos), ignores a source tag', () => {
    expect(problems(GOOD + '&idel=60')).toEqual([['idel', 'unknown']]);
    expect(problems(GOOD + '&id=other')).toEqual([['id', 'repeated']]);
    expect(problems(GOOD + '&src=poster-1')).toEqual([]);
  });

  it('knows only its own version', () => {
    expect(problems(withParam('setup', '2'))).toEqual([['setup', 'version']]);
  });

  it('refuses a place name with markup or control characters, or too long', () => {
    expect(problems(withParam('ten', '<b>x</b>'))).toEqual([['ten', 'invalid']]);
    expect(problems(withParam('ten', 'a'.repeat(61)))).toEqual([['ten', 'invalid']]);
  });

  it('describes a problem in one line: field, what was found, what was expected', () => {
    expect(describeSetupProblem({ field: 'idle', kind: 'invalid', found: '10' })).toBe(
      'idle: found "10", expected whole seconds from 30 to 600',
    );
    expect(describeSetupProblem({ field: 'loc', kind: 'missing' })).toBe('loc: found nothing, expected a locality code "79" or "79-26734"');
  });
});

export type { KioskSetup };
