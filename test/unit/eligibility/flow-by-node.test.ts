import { describe, expect, it } from 'vitest';
import { resultOf, walk } from '../../../src/core/eligibility/flow';
import type { Answers, Ruleset } from '../../../src/core/eligibility/types';
import { DAY_2023, DAY_NOW, rulesetOn } from './load-rulesets';

/** Where the answers lead: `q:<node>` for the next question, `o:<outcome>` once decided. */
function next(ruleset: Ruleset, answers: Answers): string {
  const n = walk(ruleset, answers).next;
  return `${n.kind === 'question' ? 'q' : n.kind === 'outcome' ? 'o' : 'dead-end'}:${n.id}`;
}

function blockers(ruleset: Ruleset, answers: Answers): string[] {
  return resultOf(ruleset, walk(ruleset, answers))?.blockers.map((b) => b.id) ?? [];
}

function asked(ruleset: Ruleset, answers: Answers): string[] {
  return walk(ruleset, answers).steps.map((s) => s.question);
}

const VN = { nationality: 'vn' } as const;
const ADULT = { ...VN, age: 'age14plus' } as const;
const NEW = { ...ADULT, status: 'never' } as const;

describe('Decree 69/2024 (today)', () => {
  const r = rulesetOn(DAY_NOW);

  it('is the ruleset in force', () => expect(r.id).toBe('decree-69-2024'));

  describe('nationality', () => {
    it('is asked first', () => expect(next(r, {})).toBe('q:nationality'));
    it('foreign → outcome foreign, nothing more asked', () => {
      expect(next(r, { nationality: 'foreign', age: 'age14plus' })).toBe('o:foreign');
      expect(asked(r, { nationality: 'foreign', age: 'age14plus' })).toEqual(['nationality']);
    });
    it('vn → age', () => expect(next(r, VN)).toBe('q:age'));
  });

  describe('age', () => {
    it('under 6 → card', () => expect(next(r, { ...VN, age: 'under6' })).toBe('q:card'));
    it("6 to 13 → card (status, SIM and phone are the parent's business)", () =>
      expect(next(r, { ...VN, age: 'age6to13' })).toBe('q:card'));
    it('14 and over → status', () => expect(next(r, ADULT)).toBe('q:status'));
  });

  describe('status', () => {
    it('level 2 active → level2-active', () => expect(next(r, { ...ADULT, status: 'level2' })).toBe('o:level2-active'));
    it('waiting → wait-approval', () => expect(next(r, { ...ADULT, status: 'waiting' })).toBe('o:wait-approval'));
    it('approved → phone, the card and SIM are skipped', () => {
      expect(next(r, { ...ADULT, status: 'approved', card: 'none', sim: 'other' })).toBe('q:phone');
    });
    it('never registered → card', () => expect(next(r, NEW)).toBe('q:card'));
    it('level 1 active → card', () => expect(next(r, { ...ADULT, status: 'level1' })).toBe('q:card'));
  });

  describe('card', () => {
    it('under 6 with a card → child-under6-account', () => {
      expect(next(r, { ...VN, age: 'under6', card: 'canCuoc' })).toBe('o:child-under6-account');
      expect(next(r, { ...VN, age: 'under6', card: 'chip' })).toBe('o:child-under6-account');
    });
    it('under 6 without a card → child-under6-card-first', () => {
      for (const card of ['none', 'old', 'lostExpired']) expect(next(r, { ...VN, age: 'under6', card })).toBe('o:child-under6-card-first');
    });
    it('6 to 13 with a Căn cước card → child-own-account', () =>
      expect(next(r, { ...VN, age: 'age6to13', card: 'canCuoc' })).toBe('o:child-own-account'));
    it('6 to 13 without a card → child-card-first', () =>
      expect(next(r, { ...VN, age: 'age6to13', card: 'none' })).toBe('o:child-card-first'));
    it('children always get the parent-level2 blocker', () => {
      expect(blockers(r, { ...VN, age: 'age6to13', card: 'none' })).toEqual(['parent-level2']);
    });
    it('adults with a valid chip card go on to the SIM', () => {
      for (const card of ['chip', 'canCuoc']) expect(next(r, { ...NEW, card })).toBe('q:sim');
    });
    it('adults without a valid chip card → card-first, neither SIM nor phone asked (issue 18)', () => {
      for (const card of ['old', 'none', 'lostExpired']) {
        expect(next(r, { ...NEW, card })).toBe('o:card-first');
        expect(next(r, { ...ADULT, status: 'level1', card })).toBe('o:card-first');
        expect(asked(r, { ...NEW, card, sim: 'other', phone: 'none' })).not.toContain('sim');
      }
    });
  });

  describe('sim', () => {
    const L1 = { ...ADULT, status: 'level1' };
    it('level 1, chip card, own SIM → upgrade-level2, phone skipped', () => {
      expect(next(r, { ...L1, card: 'chip', sim: 'own' })).toBe('o:upgrade-level2');
      expect(asked(r, { ...L1, card: 'chip', sim: 'own', phone: 'none' })).not.toContain('phone');
    });
    it('level 1, valid card, SIM not own → upgrade-sim-first', () => {
      expect(next(r, { ...L1, card: 'canCuoc', sim: 'other' })).toBe('o:upgrade-sim-first');
      expect(blockers(r, { ...L1, card: 'canCuoc', sim: 'unknown' })).toEqual(['sim-unknown']);
    });
    it('level 1, no chip card → card-first, the SIM not asked', () => {
      expect(next(r, { ...L1, card: 'old', sim: 'other' })).toBe('o:card-first');
      expect(blockers(r, { ...L1, card: 'old', sim: 'other' })).toEqual(['no-chip-card']);
    });
    it('never registered, SIM not own → sim-first, the phone not asked (issue 18)', () => {
      expect(next(r, { ...NEW, card: 'chip', sim: 'other' })).toBe('o:sim-first');
      expect(asked(r, { ...NEW, card: 'chip', sim: 'unknown', phone: 'none' })).not.toContain('phone');
      expect(blockers(r, { ...NEW, card: 'chip', sim: 'unknown' })).toEqual(['sim-unknown']);
    });
    it('never registered → phone', () => expect(next(r, { ...NEW, card: 'chip', sim: 'own' })).toBe('q:phone'));
  });

  describe('phone', () => {
    const READY = { ...NEW, card: 'chip', sim: 'own' };
    it('approved without a smartphone → activate-computer', () =>
      expect(next(r, { ...ADULT, status: 'approved', phone: 'none' })).toBe('o:activate-computer'));
    it('approved with a smartphone → activate-now', () => {
      for (const phone of ['nfc', 'android', 'iphone']) expect(next(r, { ...ADULT, status: 'approved', phone })).toBe('o:activate-now');
    });
    it('ready, Android with NFC → level1-app, no blocker', () => {
      expect(next(r, { ...READY, phone: 'nfc' })).toBe('o:level1-app');
      expect(blockers(r, { ...READY, phone: 'nfc' })).toEqual([]);
    });
    it('ready, Android without NFC → level1-app with the QR fallback', () =>
      expect(blockers(r, { ...READY, phone: 'android' })).toEqual(['no-nfc']));
    it('ready, iPhone → level1-app with the iPhone model note', () =>
      expect(blockers(r, { ...READY, phone: 'iphone' })).toEqual(['iphone-nfc-model']));
    it('ready, no smartphone → level2-police', () => {
      expect(next(r, { ...READY, phone: 'none' })).toBe('o:level2-police');
      expect(blockers(r, { ...READY, phone: 'none' })).toEqual(['no-smartphone']);
    });
    it('answers given ahead to questions no longer asked are ignored (a link from the readiness check)', () => {
      expect(next(r, { ...NEW, card: 'lostExpired', sim: 'unknown', phone: 'none' })).toBe('o:card-first');
      expect(blockers(r, { ...NEW, card: 'lostExpired', sim: 'unknown', phone: 'none' })).toEqual(['card-lost-expired']);
      expect(next(r, { ...NEW, card: 'chip', sim: 'other', phone: 'iphone' })).toBe('o:sim-first');
    });
  });
});

describe('Decree 59/2022 (2023 campaigns)', () => {
  const r = rulesetOn(DAY_2023);

  it('is the ruleset in force', () => expect(r.id).toBe('decree-59-2022'));

  describe('age', () => {
    it('children → child-parent-account, without asking about a card', () => {
      expect(next(r, { ...VN, age: 'under6' })).toBe('o:child-parent-account');
      expect(asked(r, { ...VN, age: 'age6to13', card: 'canCuoc' })).toEqual(['nationality', 'age']);
    });
    it('14 and over → status', () => expect(next(r, ADULT)).toBe('q:status'));
  });

  describe('card', () => {
    it('offers no Căn cước card (it did not exist yet)', () => {
      expect(r.questions.card?.options.map((o) => o.id)).toEqual(['chip', 'barcode', 'old', 'none', 'lostExpired']);
    });
    it('no valid chip card → card-first; a chip card → phone (the SIM changes no outcome: never asked)', () => {
      for (const card of ['old', 'none', 'lostExpired']) expect(next(r, { ...NEW, card })).toBe('o:card-first');
      expect(next(r, { ...NEW, card: 'chip' })).toBe('q:phone');
      expect(Object.keys(r.questions)).not.toContain('sim');
    });
  });

  describe('sim', () => {
    it('a number in your own name is advised to everyone, not asked', () => {
      const answers = { ...NEW, card: 'chip', phone: 'nfc' };
      expect(next(r, answers)).toBe('o:level1-app');
      expect(blockers(r, answers)).toEqual(['sim-own-advised']);
    });
    it('level 1 with a chip card → upgrade-level2', () =>
      expect(next(r, { ...ADULT, status: 'level1', card: 'chip' })).toBe('o:upgrade-level2'));
  });

  describe('phone', () => {
    it('no chip card → card-first', () => expect(next(r, { ...NEW, card: 'none', phone: 'nfc' })).toBe('o:card-first'));
    it('no smartphone → level2-police', () => expect(next(r, { ...NEW, card: 'chip', sim: 'own', phone: 'none' })).toBe('o:level2-police'));
  });
});
