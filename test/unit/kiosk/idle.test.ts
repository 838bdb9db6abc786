import { describe, expect, it } from 'vitest';
import { ATTRACT, nextTickAt, secondsLeft, stepKiosk, WARNING_MS, type KioskPhase } from '../../../src/core/kiosk/idle';

const times = { idleMs: 60_000, warningMs: WARNING_MS };

describe('kiosk idle machine', () => {
  it('keeps no timer on the attract screen, and touches there change nothing', () => {
    expect(nextTickAt(ATTRACT, times)).toBeNull();
    expect(stepKiosk(ATTRACT, { type: 'activity', at: 5 }, times)).toEqual({ phase: ATTRACT, effects: [] });
    expect(stepKiosk(ATTRACT, { type: 'tick', at: 999_999 }, times).effects).toEqual([]);
  });

  it('starts a session when the visitor leaves the attract screen', () => {
    const s = stepKiosk(ATTRACT, { type: 'visit', at: 1000 }, times);
    expect(s).toEqual({ phase: { kind: 'visit', lastActivity: 1000 }, effects: ['session-start'] });
    expect(nextTickAt(s.phase, times)).toBe(61_000);
  });

  it('warns after the idle time, then wipes 20 s later', () => {
    let phase: KioskPhase = { kind: 'visit', lastActivity: 0 };
    expect(stepKiosk(phase, { type: 'tick', at: 59_999 }, times).effects).toEqual([]);
    const warned = stepKiosk(phase, { type: 'tick', at: 60_000 }, times);
    expect(warned.effects).toEqual(['show-warning']);
    phase = warned.phase;
    expect(nextTickAt(phase, times)).toBe(80_000);
    expect(secondsLeft(phase, 60_000)).toBe(20);
    expect(secondsLeft(phase, 79_001)).toBe(1);
    expect(stepKiosk(phase, { type: 'tick', at: 79_999 }, times).effects).toEqual([]);
    expect(stepKiosk(phase, { type: 'tick', at: 80_000 }, times)).toEqual({ phase: ATTRACT, effects: ['wipe'] });
  });

  it('lets a touch during the countdown cancel it and restart the idle time', () => {
    const warning: KioskPhase = { kind: 'warning', lastActivity: 0, deadline: 80_000 };
    const s = stepKiosk(warning, { type: 'activity', at: 70_000 }, times);
    expect(s).toEqual({ phase: { kind: 'visit', lastActivity: 70_000 }, effects: ['hide-warning'] });
    expect(nextTickAt(s.phase, times)).toBe(130_000);
  });

  it('does not let a touch after the deadline save the visit (late timer)', () => {
    const warning: KioskPhase = { kind: 'warning', lastActivity: 0, deadline: 80_000 };
    expect(stepKiosk(warning, { type: 'activity', at: 80_500 }, times).effects).toEqual(['wipe']);
  });

  it('wipes at once after a long sleep, without a countdown', () => {
    expect(stepKiosk({ kind: 'visit', lastActivity: 0 }, { type: 'tick', at: 3_600_000 }, times).effects).toEqual(['wipe']);
  });

  it('moves the idle time with every touch', () => {
    let phase: KioskPhase = { kind: 'visit', lastActivity: 0 };
    phase = stepKiosk(phase, { type: 'activity', at: 50_000 }, times).phase;
    expect(stepKiosk(phase, { type: 'tick', at: 60_000 }, times).effects).toEqual([]);
    expect(nextTickAt(phase, times)).toBe(110_000);
  });

  it('wipes when the visitor ends the visit, not on the attract screen', () => {
    expect(stepKiosk({ kind: 'visit', lastActivity: 0 }, { type: 'end', at: 5 }, times).effects).toEqual(['wipe']);
    expect(stepKiosk(ATTRACT, { type: 'end', at: 5 }, times).effects).toEqual([]);
  });

  it('follows the idle time from the setup', () => {
    const long = { idleMs: 300_000, warningMs: WARNING_MS };
    expect(stepKiosk({ kind: 'visit', lastActivity: 0 }, { type: 'tick', at: 60_000 }, long).effects).toEqual([]);
    expect(stepKiosk({ kind: 'visit', lastActivity: 0 }, { type: 'tick', at: 300_000 }, long).effects).toEqual(['show-warning']);
  });
});
