/**
 * When a kiosk forgets its visitor. A pure state machine: the runtime feeds it events with the
 * time they happened (an injected clock) and does what it answers, so every timing rule is tested
 * without waiting.
 *
 *   attract ──visit──▶ visit ──(idle for idleMs)──▶ warning ──(warningMs more)──▶ attract + wipe
 *                        ▲                              │
 *                        └────────── activity ──────────┘       end (visitor is done) ──▶ attract + wipe
 *
 * The attract screen (màn hình chờ) has no timer: nothing of a visitor is there to forget.
 */
export type KioskPhase =
  | { kind: 'attract' }
  | { kind: 'visit'; lastActivity: number }
  /** "Bạn vẫn đang dùng chứ?" on screen, counting down to `deadline`. */
  | { kind: 'warning'; lastActivity: number; deadline: number };

export type KioskEvent =
  /** The visitor left the attract screen for the guide. */
  | { type: 'visit'; at: number }
  /** A touch, a key, a scroll: someone is there. */
  | { type: 'activity'; at: number }
  /** A timer fired (or any moment the runtime wants the phase brought up to date). */
  | { type: 'tick'; at: number }
  /** The visitor said they are done ("Kết thúc", or the hand-off to their phone). */
  | { type: 'end'; at: number };

/** What the runtime must do besides rendering the new phase. */
export type KioskEffect = 'session-start' | 'show-warning' | 'hide-warning' | 'wipe';

export interface KioskStep {
  phase: KioskPhase;
  effects: KioskEffect[];
}

export interface IdleTimes {
  /** Without a touch this long, the warning shows (default 60 s, from the setup). */
  idleMs: number;
  /** How long the warning counts down (20 s). */
  warningMs: number;
}

export const WARNING_MS = 20_000;

export const ATTRACT: KioskPhase = { kind: 'attract' };

export function stepKiosk(phase: KioskPhase, event: KioskEvent, times: IdleTimes): KioskStep {
  const at = event.at;
  switch (event.type) {
    case 'visit':
      if (phase.kind === 'attract') return { phase: { kind: 'visit', lastActivity: at }, effects: ['session-start'] };
      return stepKiosk(phase, { type: 'activity', at }, times);
    case 'activity':
      if (phase.kind === 'attract') return { phase, effects: [] };
      // A touch after the deadline passed (the timer was late, the tablet slept) no longer saves the visit.
      if (phase.kind === 'warning' && at >= phase.deadline) return wipe();
      return {
        phase: { kind: 'visit', lastActivity: Math.max(at, phase.lastActivity) },
        effects: phase.kind === 'warning' ? ['hide-warning'] : [],
      };
    case 'tick':
      return tick(phase, at, times);
    case 'end':
      return phase.kind === 'attract' ? { phase, effects: [] } : wipe();
  }
}

function tick(phase: KioskPhase, at: number, times: IdleTimes): KioskStep {
  if (phase.kind === 'attract') return { phase, effects: [] };
  const warnAt = phase.lastActivity + times.idleMs;
  const deadline = warnAt + times.warningMs;
  // Long past both (a sleeping tablet): the visitor is gone, forget them without a countdown.
  if (at >= deadline) return wipe();
  if (phase.kind === 'visit' && at >= warnAt)
    return { phase: { kind: 'warning', lastActivity: phase.lastActivity, deadline }, effects: ['show-warning'] };
  return { phase, effects: [] };
}

function wipe(): KioskStep {
  return { phase: ATTRACT, effects: ['wipe'] };
}

/** When the runtime should tick next (one timer at a time), or null when nothing is pending. */
export function nextTickAt(phase: KioskPhase, times: IdleTimes): number | null {
  switch (phase.kind) {
    case 'attract':
      return null;
    case 'visit':
      return phase.lastActivity + times.idleMs;
    case 'warning':
      return phase.deadline;
  }
}

/** Whole seconds left on the countdown (rounded up: "1" until the very end). */
export function secondsLeft(phase: KioskPhase, at: number): number {
  return phase.kind === 'warning' ? Math.max(0, Math.ceil((phase.deadline - at) / 1000)) : 0;
}
