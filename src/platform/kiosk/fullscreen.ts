/**
 * Full screen where the browser allows it: only from a touch (user activation), and not at all in
 * some browsers (iPad Safari). A kiosk works without it; an installed PWA in kiosk mode does better.
 */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}
