import { describe, expect, it } from 'vitest';
import { resultOf, walk } from '../../../src/core/eligibility/flow';
import { DAY_2023, DAY_NOW, RULESETS, rulesetOn } from './load-rulesets';

/**
 * Real people's situations, one row each: the day, their answers, the outcome and the blockers
 * shown. Together the rows reach every outcome of every ruleset (checked at the bottom).
 */
type Row = [day: string, answers: string, outcome: string, blockers: string[]];

const SCENARIOS: Row[] = [
  // Decree 69/2024, today
  [DAY_NOW, 'nationality=foreign', 'foreign', []],
  [DAY_NOW, 'nationality=vn age=under6 card=canCuoc', 'child-under6-account', ['parent-level2']],
  [DAY_NOW, 'nationality=vn age=age6to13 card=canCuoc', 'child-own-account', ['parent-level2']],
  [DAY_NOW, 'nationality=vn age=under6 card=none', 'child-under6-card-first', ['parent-level2']],
  [DAY_NOW, 'nationality=vn age=age6to13 card=none', 'child-card-first', ['parent-level2']],
  [DAY_NOW, 'nationality=vn age=age14plus status=level2', 'level2-active', []],
  [DAY_NOW, 'nationality=vn age=age14plus status=waiting', 'wait-approval', []],
  [DAY_NOW, 'nationality=vn age=age14plus status=approved phone=android', 'activate-now', []],
  [DAY_NOW, 'nationality=vn age=age14plus status=approved phone=none', 'activate-computer', []],
  [DAY_NOW, 'nationality=vn age=age14plus status=level1 card=chip sim=own', 'upgrade-level2', []],
  [DAY_NOW, 'nationality=vn age=age14plus status=level1 card=chip sim=other', 'upgrade-sim-first', ['sim-other']],
  [DAY_NOW, 'nationality=vn age=age14plus status=level1 card=lostExpired', 'card-first', ['card-lost-expired']],
  [DAY_NOW, 'nationality=vn age=age14plus status=never card=none', 'card-first', ['no-chip-card']],
  [DAY_NOW, 'nationality=vn age=age14plus status=never card=chip sim=unknown', 'sim-first', ['sim-unknown']],
  [DAY_NOW, 'nationality=vn age=age14plus status=never card=barcode', 'barcode-card-police', ['barcode-card']],
  [DAY_NOW, 'nationality=vn age=age14plus status=never card=canCuoc sim=own phone=none', 'level2-police', ['no-smartphone']],
  [DAY_NOW, 'nationality=vn age=age14plus status=never card=chip sim=own phone=nfc', 'level1-app', []],
  [DAY_NOW, 'nationality=vn age=age14plus status=never card=canCuoc sim=own phone=iphone', 'level1-app', ['iphone-nfc-model']],
  // Decree 59/2022, during the 2023 campaigns
  [DAY_2023, 'nationality=foreign', 'foreign', []],
  [DAY_2023, 'nationality=vn age=age6to13', 'child-parent-account', []],
  [DAY_2023, 'nationality=vn age=age14plus status=level2', 'level2-active', []],
  [DAY_2023, 'nationality=vn age=age14plus status=waiting', 'wait-approval', []],
  [DAY_2023, 'nationality=vn age=age14plus status=approved phone=iphone', 'activate-now', []],
  [DAY_2023, 'nationality=vn age=age14plus status=approved phone=none', 'activate-computer', []],
  [DAY_2023, 'nationality=vn age=age14plus status=level1 card=chip', 'upgrade-level2', ['sim-own-advised']],
  [DAY_2023, 'nationality=vn age=age14plus status=never card=old', 'card-first', ['no-chip-card', 'sim-own-advised']],
  [DAY_2023, 'nationality=vn age=age14plus status=never card=chip phone=none', 'level2-police', ['no-smartphone', 'sim-own-advised']],
  [DAY_2023, 'nationality=vn age=age14plus status=never card=chip phone=android', 'level1-app', ['sim-own-advised', 'no-nfc']],
];

function parse(text: string): Record<string, string> {
  return Object.fromEntries(text.split(' ').map((pair) => pair.split('=') as [string, string]));
}

describe('scenario table', () => {
  it.each(SCENARIOS)('%s: %s → %s %j', (day, answers, outcome, blockers) => {
    const ruleset = rulesetOn(day);
    const progress = walk(ruleset, parse(answers));
    expect(progress.next).toEqual({ kind: 'outcome', id: outcome });
    // Every answer in the row was needed: the row is a full route, not a superset of one.
    expect(progress.steps.map((s) => s.question)).toEqual(Object.keys(parse(answers)));
    expect(resultOf(ruleset, progress)?.blockers.map((b) => b.id)).toEqual(blockers);
  });

  it('reaches every outcome of every ruleset', () => {
    for (const ruleset of RULESETS) {
      const day = ruleset.id === 'decree-59-2022' ? DAY_2023 : DAY_NOW;
      const reached = new Set(SCENARIOS.filter((row) => row[0] === day).map((row) => row[2]));
      expect([...reached].sort(), ruleset.id).toEqual(Object.keys(ruleset.outcomes).sort());
    }
  });
});
