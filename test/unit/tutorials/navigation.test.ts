import { describe, expect, it } from 'vitest';
import { FIX_TUTORIAL_ID } from '../../../src/core/tutorials/ids';
import { lookupStep, nextStepId, previousStepId, stepPosition, stuckTargets } from '../../../src/core/tutorials/navigation';
import { formatStepRef, parseStepRef } from '../../../src/core/tutorials/refs';
import { makeTutorial } from './fixtures';

const t = makeTutorial(
  'activate',
  ['sms', 'open', 'otp', 'password'],
  [{}, { aliases: ['start'] }, { fixes: ['otp-not-received', 'new-phone'] }],
);

describe('step position (step n of m)', () => {
  it('counts from 1 and knows the ends', () => {
    expect(stepPosition(t, 'sms')).toEqual({ index: 0, n: 1, m: 4, first: true, last: false });
    expect(stepPosition(t, 'otp')).toMatchObject({ n: 3, m: 4, first: false, last: false });
    expect(stepPosition(t, 'password')).toMatchObject({ n: 4, last: true });
    expect(stepPosition(t, 'nope')).toBeUndefined();
  });

  it('moves next and back within the tutorial only', () => {
    expect(nextStepId(t, 'sms')).toBe('open');
    expect(nextStepId(t, 'password')).toBeUndefined();
    expect(previousStepId(t, 'open')).toBe('sms');
    expect(previousStepId(t, 'sms')).toBeUndefined();
    expect(nextStepId(t, 'nope')).toBeUndefined();
  });
});

describe("I'm stuck", () => {
  it('leads to the step’s own fixes, in content order', () => {
    const step = t.steps[2]!;
    expect(stuckTargets(step).map(formatStepRef)).toEqual([`${FIX_TUTORIAL_ID}/otp-not-received`, `${FIX_TUTORIAL_ID}/new-phone`]);
  });

  it('leads to the list of all fixes when the step names none', () => {
    expect(stuckTargets(t.steps[0]!)).toEqual([{ tutorial: FIX_TUTORIAL_ID }]);
  });
});

describe('step URLs', () => {
  it('finds a step by id', () => {
    const found = lookupStep(t, 'otp');
    expect(found.kind).toBe('step');
    if (found.kind === 'step') expect(found.position.n).toBe(3);
  });

  it('redirects a renamed step’s old id (printed QR codes keep working)', () => {
    expect(lookupStep(t, 'start')).toEqual({ kind: 'moved', stepId: 'open' });
  });

  it('reports an unknown step', () => {
    expect(lookupStep(t, 'gone')).toEqual({ kind: 'unknown' });
  });
});

describe('step references', () => {
  it('reads tutorial and tutorial/step', () => {
    expect(parseStepRef('activate')).toEqual({ tutorial: 'activate' });
    expect(parseStepRef('activate/otp')).toEqual({ tutorial: 'activate', step: 'otp' });
  });

  it('refuses anything that is not two slugs', () => {
    for (const bad of ['', 'Activate', 'a/b/c', 'activate/', '../x', 'activate/OTP', 'a b']) expect(parseStepRef(bad)).toBeUndefined();
  });
});
