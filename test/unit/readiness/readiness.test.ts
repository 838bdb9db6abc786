import { describe, expect, it } from 'vitest';
import { platformOf, type DeviceSignals } from '../../../src/core/readiness/device';
import { assess, LOW_STORAGE_QUOTA } from '../../../src/core/readiness/verdict';
import { CHECKER_CODES, knownAnswersParam } from '../../../src/core/readiness/checker-link';
import { decodeAnswers, encodeForLink } from '../../../src/core/eligibility/answer-codes';
import { walk } from '../../../src/core/eligibility/flow';
import { RULESETS, DAY_NOW, rulesetOn } from '../eligibility/load-rulesets';

const UA = {
  pixel: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
  oldAndroid: 'Mozilla/5.0 (Linux; Android 4.4.2; GT-I9500 Build/KOT49H) AppleWebKit/537.36 Chrome/40 Mobile Safari/537.36',
  iphone12:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  iphone17:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  desktop: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
};

describe('platformOf', () => {
  it('prefers client hints: the reduced Android UA hides the version, the hints give it', () => {
    expect(platformOf(UA.pixel)).toEqual({ platform: 'android', osMajor: undefined });
    expect(platformOf(UA.pixel, { platform: 'Android', platformVersion: '14.0.0', mobile: true })).toEqual({
      platform: 'android',
      osMajor: 14,
    });
  });
  it('reads Android and iOS versions from the User-Agent', () => {
    expect(platformOf(UA.oldAndroid)).toEqual({ platform: 'android', osMajor: 4 });
    expect(platformOf(UA.iphone12)).toEqual({ platform: 'ios', osMajor: 12 });
    expect(platformOf(UA.iphone17)).toEqual({ platform: 'ios', osMajor: 17 });
  });
  it('knows a computer, from hints or the UA', () => {
    expect(platformOf(UA.desktop)).toEqual({ platform: 'desktop' });
    expect(platformOf(UA.desktop, { platform: 'Windows', platformVersion: '15.0.0', mobile: false })).toEqual({ platform: 'desktop' });
  });
  it('says unknown rather than guessing', () => {
    expect(platformOf('curl/8.0')).toEqual({ platform: 'unknown' });
  });
});

const android = (extra: Partial<DeviceSignals> = {}): DeviceSignals => ({ platform: 'android', osMajor: 14, webNfc: false, ...extra });

describe('assess', () => {
  it('asks only what the browser cannot tell: Web NFC present means no NFC question', () => {
    expect(assess(android({ webNfc: true }), {}).toAsk).toEqual(['simOwn']);
    expect(assess(android(), {}).toAsk).toEqual(['contactless', 'simOwn']);
    expect(assess({ platform: 'ios', osMajor: 17, webNfc: false }, {}).toAsk).toEqual(['iphone', 'simOwn']);
  });

  it('an Android phone with NFC and an own-name SIM is ready, and the checker learns both', () => {
    const r = assess(android({ webNfc: true }), { simOwn: 'yes' });
    expect(r.verdict).toBe('ready');
    expect(r.known).toEqual({ phone: 'nfc', sim: 'own' });
  });

  it('tap-to-pay counts as NFC; "no" offers the card-QR path without calling the phone unusable', () => {
    expect(assess(android(), { contactless: 'yes', simOwn: 'yes' }).known.phone).toBe('nfc');
    const r = assess(android(), { contactless: 'no', simOwn: 'yes' });
    expect(r.verdict).toBe('fix');
    expect(r.findings.map((f) => f.id)).toContain('nfc-no');
    expect(r.known.phone).toBe('android');
  });

  it('an Android older than the reported minimum is blocked, and marked unconfirmed', () => {
    const r = assess(android({ osMajor: 4 }), { contactless: 'yes', simOwn: 'yes' });
    expect(r.verdict).toBe('blocked');
    expect(r.findings.find((f) => f.id === 'os-old')).toEqual({ id: 'os-old', severity: 'block', unconfirmed: true });
  });

  it('an old iPhone: iOS 12 is below the reported minimum; an iPhone 6 cannot read the chip', () => {
    const r = assess({ platform: 'ios', osMajor: 12, webNfc: false }, { iphone: 'older', simOwn: 'yes' });
    expect(r.verdict).toBe('blocked');
    expect(r.findings.map((f) => f.id)).toEqual(['os-old', 'iphone-old', 'sim-own']);
    expect(r.known.phone).toBe('iphone');
  });

  it("a SIM in someone else's name is a fix, and reaches the checker as such", () => {
    const r = assess(android({ webNfc: true }), { simOwn: 'no' });
    expect(r.verdict).toBe('fix');
    expect(r.known.sim).toBe('other');
  });

  it('a low storage quota is a hint to free room, never a block', () => {
    const r = assess(android({ webNfc: true, storageQuota: LOW_STORAGE_QUOTA - 1 }), { simOwn: 'yes' });
    expect(r.verdict).toBe('fix');
    expect(r.findings.find((f) => f.id === 'storage-low')?.severity).toBe('fix');
    expect(assess(android({ webNfc: true, storageQuota: LOW_STORAGE_QUOTA }), { simOwn: 'yes' }).verdict).toBe('ready');
  });

  it('a computer or kiosk is sent to the phone, asking nothing', () => {
    expect(assess({ platform: 'desktop', webNfc: false }, {})).toMatchObject({ verdict: 'other-device', toAsk: [] });
  });
});

describe('what the checker learns', () => {
  it('uses the link codes of every ruleset', () => {
    for (const ruleset of RULESETS) {
      // Decree 59 never asks about the SIM (it changed no outcome then): a link's SIM piece is ignored there.
      for (const key of ['phone', 'sim'] as const) {
        const q = ruleset.questions[key];
        if (!q && key === 'sim' && ruleset.id === 'decree-59-2022') continue;
        expect(q?.code, `${ruleset.id}: ${key}`).toBe(CHECKER_CODES[key].question);
        for (const [option, code] of Object.entries(CHECKER_CODES[key].options)) {
          expect(q?.options.find((o) => o.id === option)?.code, `${ruleset.id}: ${key}=${option}`).toBe(code);
        }
      }
    }
  });

  it('the checker skips the phone and SIM questions once the readiness check answered them', () => {
    const ruleset = rulesetOn(DAY_NOW);
    const param = knownAnswersParam({ phone: 'nfc', sim: 'own' });
    const { answers, dropped } = decodeAnswers(ruleset, param);
    expect(dropped).toEqual([]);
    const all = { ...answers, nationality: 'vn', age: 'age14plus', status: 'never', card: 'chip' };
    const progress = walk(ruleset, all);
    expect(progress.steps.map((s) => s.question)).toEqual(['nationality', 'age', 'status', 'card', 'sim', 'phone']);
    expect(progress.next).toEqual({ kind: 'outcome', id: 'level1-app' });
    // Before the questions are reached, the link keeps the answers given ahead.
    expect(encodeForLink(ruleset, { ...answers, nationality: 'vn' })).toContain('pn');
  });
});
