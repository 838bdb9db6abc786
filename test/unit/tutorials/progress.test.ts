import { describe, expect, it } from 'vitest';
import {
  completeStep,
  hasResumePoint,
  isTutorialProgress,
  openStep,
  reconcileProgress,
  resumeStepId,
  type TutorialProgress,
} from '../../../src/core/tutorials/progress';
import { makeTutorial } from './fixtures';

const t = makeTutorial('activate', ['sms', 'open', 'otp', 'password']);
const day = '2026-11-22';

describe('resume where the person left off', () => {
  it('starts at the first step with no progress', () => {
    expect(resumeStepId(t, undefined)).toBe('sms');
    expect(hasResumePoint(t, undefined)).toBe(false);
  });

  it('resumes at the step last opened', () => {
    let p = openStep(undefined, t, 'sms', day);
    p = openStep(p, t, 'otp', day);
    expect(p).toMatchObject({ tutorial: 'activate', current: 'otp', done: [], finished: false, updated: day });
    expect(resumeStepId(t, p)).toBe('otp');
    expect(hasResumePoint(t, p)).toBe(true);
  });

  it('ignores an unknown step id instead of saving it', () => {
    const p = openStep(openStep(undefined, t, 'open', day), t, 'nope', day);
    expect(p.current).toBe('open');
  });

  it('ignores progress saved for another tutorial', () => {
    const other: TutorialProgress = { tutorial: 'install', current: 'otp', done: ['sms'], finished: false, updated: day };
    expect(resumeStepId(t, other)).toBe('sms');
    expect(openStep(other, t, 'open', day)).toMatchObject({ tutorial: 'activate', done: [] });
  });
});

describe('"I did this"', () => {
  it('marks the step done and moves to the next', () => {
    const r = completeStep(undefined, t, 'sms', day);
    expect(r.next).toBe('open');
    expect(r.finishedNow).toBe(false);
    expect(r.progress).toMatchObject({ current: 'open', done: ['sms'] });
  });

  it('keeps done steps in tutorial order, each once', () => {
    let p = completeStep(undefined, t, 'otp', day).progress;
    p = completeStep(p, t, 'sms', day).progress;
    p = completeStep(p, t, 'otp', day).progress;
    expect(p.done).toEqual(['sms', 'otp']);
  });

  it('finishes on the last step, and counts the finish only once', () => {
    const first = completeStep(undefined, t, 'password', day);
    expect(first).toMatchObject({ next: undefined, finishedNow: true });
    expect(first.progress.finished).toBe(true);
    const again = completeStep(first.progress, t, 'password', day);
    expect(again.finishedNow).toBe(false);
  });

  it('a finished tutorial opens again at the top, with nothing to resume', () => {
    const p = completeStep(undefined, t, 'password', day).progress;
    expect(resumeStepId(t, p)).toBe('sms');
    expect(hasResumePoint(t, p)).toBe(false);
  });
});

describe('content changed since the progress was saved', () => {
  const saved: TutorialProgress = {
    tutorial: 'activate',
    current: 'start',
    done: ['sms', 'start', 'removed'],
    finished: false,
    updated: day,
  };

  it('follows renamed steps and drops removed ones', () => {
    const renamed = makeTutorial('activate', ['sms', 'open', 'otp'], [{}, { aliases: ['start'] }]);
    expect(reconcileProgress(saved, renamed)).toMatchObject({ current: 'open', done: ['sms', 'open'] });
    expect(resumeStepId(renamed, saved)).toBe('open');
  });

  it('resumes at the first step not done when the current step is gone', () => {
    const shrunk = makeTutorial('activate', ['sms', 'otp', 'password']);
    expect(resumeStepId(shrunk, saved)).toBe('otp');
  });
});

describe('stored progress is checked before use', () => {
  it('accepts the saved shape', () => {
    expect(isTutorialProgress({ tutorial: 'activate', current: 'otp', done: ['sms'], finished: false, updated: day })).toBe(true);
  });

  it('refuses damaged or foreign records', () => {
    const bad: unknown[] = [
      null,
      'activate',
      { tutorial: 'activate', current: 'otp', done: 'sms', finished: false, updated: day },
      { tutorial: 'activate', current: 'otp', done: [], finished: 'no', updated: day },
      { tutorial: 'activate', current: '<script>', done: [], finished: false, updated: day },
      { tutorial: 'activate', current: 'otp', done: [], finished: false, updated: '2026-11-22T10:00:00Z' },
    ];
    for (const b of bad) expect(isTutorialProgress(b)).toBe(false);
  });
});
