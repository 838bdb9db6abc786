import { describe, expect, it } from 'vitest';
import { parseSetup } from '../../../src/core/kiosk/setup-link';
import { verifyPin } from '../../../src/platform/kiosk/pin-hash';
import { EMPTY_FORM, makeSetupLink } from '../../../src/app/screens/kiosk/setup-form-state';
import { setupTarget } from '../../../src/app/screens/kiosk/setup-target';

const FORM = { ...EMPTY_FORM, id: 'nvh-kp3', loc: '79', lat: '10.75712', lng: '106.66341', pin: '2468', pin2: '2468' };

describe('the setup maker', () => {
  it('makes a link the kiosk accepts, carrying a fingerprint that verifies the PIN', async () => {
    const made = await makeSetupLink(FORM);
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(made.query).not.toMatch(/pin=2468(&|$)/);
    const check = parseSetup(new URLSearchParams(made.query));
    if (!check.ok) throw new Error('refused its own link');
    expect(check.setup).toMatchObject({ kioskId: 'nvh-kp3', locality: '79', lat: 10.757, lng: 106.663, idleSeconds: 60, lang: 'vi' });
    expect(await verifyPin('2468', check.setup.pin)).toBe(true);
    expect(await verifyPin('2469', check.setup.pin)).toBe(false);
  });

  it('lists the form problems with the parser’s field names, the PIN ones too', async () => {
    const made = await makeSetupLink({ ...FORM, id: '', lat: '106.66', lng: '10.75', pin: '12', pin2: '12' });
    expect(made.ok ? [] : made.problems.map((p) => [p.field, p.kind])).toEqual([
      ['id', 'missing'],
      ['lat', 'swapped'],
      ['pin', 'invalid'],
    ]);
    const mismatch = await makeSetupLink({ ...FORM, pin2: '2469' });
    expect(mismatch.ok ? [] : mismatch.problems.map((p) => p.field)).toEqual(['pin2']);
  });
});

describe('a scanned setup QR', () => {
  const origin = 'https://huongdan.example.vn';
  it('opens only this site’s kiosk setup', () => {
    expect(setupTarget(`${origin}/kiosk?setup=1&id=a`, origin)).toBe('/kiosk?setup=1&id=a');
    expect(setupTarget('https://evil.test/kiosk?setup=1', origin)).toBeNull();
    expect(setupTarget(`${origin}/kiem-tra?a=x`, origin)).toBeNull();
    expect(setupTarget(`${origin}/kiosk`, origin)).toBeNull();
    expect(setupTarget('001090123456||NGUYỄN VĂN A|01011990|Nam|x|15042021', origin)).toBeNull();
  });
});
