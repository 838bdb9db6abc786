import { stepKiosk, nextTickAt, WARNING_MS, ATTRACT, type IdleTimes, type KioskEvent, type KioskPhase } from '../../../../core/kiosk/idle';
import { ROUTES } from '../../../../core/routes';
import type { KioskSetup } from '../../../../core/kiosk/setup-link';
import { enterFullscreen } from '../../../../platform/kiosk/fullscreen';
import { count } from '../../../count';
import { onLocationChange } from '../../../router';
import { kioskView, updateKioskView } from './kiosk-state';

/**
 * Drives the idle machine (core/kiosk/idle.ts) with the page's clock and events: one timer at a
 * time, activity listeners on the document (capture, so no screen can swallow a touch), and the
 * route, which tells when a visit starts. `forget` is called for the machine's "wipe" effect.
 */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface RuntimeDeps {
  setup: KioskSetup;
  forget: () => void;
  now?: () => number;
}

export class KioskRuntime {
  private phase: KioskPhase = ATTRACT;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private countdown: ReturnType<typeof setInterval> | undefined;
  private readonly times: IdleTimes;
  private readonly now: () => number;
  private readonly undo: (() => void)[] = [];

  constructor(private readonly deps: RuntimeDeps) {
    this.times = { idleMs: deps.setup.idleSeconds * 1000, warningMs: WARNING_MS };
    this.now = deps.now ?? (() => Date.now());
  }

  start(): void {
    const onActivity = () => this.send({ type: 'activity', at: this.now() });
    for (const type of ACTIVITY_EVENTS) {
      document.addEventListener(type, onActivity, { capture: true, passive: true });
      this.undo.push(() => document.removeEventListener(type, onActivity, { capture: true }));
    }
    // Full screen needs a user activation: the first tap asks for it (again after leaving it).
    const onClick = () => enterFullscreen();
    document.addEventListener('click', onClick, { capture: true });
    this.undo.push(() => document.removeEventListener('click', onClick, { capture: true }));
    this.undo.push(onLocationChange(() => this.routeChanged()));
    this.routeChanged();
  }

  stop(): void {
    this.undo.splice(0).forEach((u) => u());
    clearTimeout(this.timer);
    clearInterval(this.countdown);
  }

  /** The visitor is done ("Kết thúc", or the hand-off to their phone closed). */
  end(): void {
    this.send({ type: 'end', at: this.now() });
  }

  private routeChanged(): void {
    const onAttract = location.pathname === ROUTES.kiosk;
    if (kioskView().onAttract !== onAttract) updateKioskView({ onAttract });
    if (!onAttract) this.send({ type: 'visit', at: this.now() });
  }

  private send(event: KioskEvent): void {
    const before = this.phase;
    const { phase, effects } = stepKiosk(this.phase, event, this.times);
    this.phase = phase;
    for (const effect of effects) {
      if (effect === 'session-start') count('kiosk_session_start');
      if (effect === 'show-warning') this.startCountdown();
      if (effect === 'hide-warning') clearInterval(this.countdown);
    }
    // An activity only moves lastActivity: no re-render, the pending timer re-checks when it fires.
    if (phase.kind !== before.kind || effects.length > 0) updateKioskView({ phase, now: this.now() });
    if (effects.includes('wipe')) {
      this.stop();
      this.deps.forget();
      return;
    }
    if (phase.kind !== before.kind || this.timer === undefined) this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const at = nextTickAt(this.phase, this.times);
    if (at === null) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.send({ type: 'tick', at: this.now() });
        if (this.timer === undefined && this.phase.kind !== 'attract') this.schedule();
      },
      Math.max(0, at - this.now()),
    );
  }

  private startCountdown(): void {
    clearInterval(this.countdown);
    this.countdown = setInterval(() => updateKioskView({ now: this.now() }), 1000);
  }
}
