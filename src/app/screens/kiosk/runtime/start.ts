import { h, render } from 'preact';
import { isLang, SOURCE_LANG, type Lang } from '../../../../core/i18n/languages';
import type { KioskSetup } from '../../../../core/kiosk/setup-link';
import { clearKioskFlag, currentVisit } from '../../../../platform/kiosk/kiosk-flag';
import { readKioskSetup } from '../../../../platform/kiosk/kiosk-store';
import { wipeStoredData } from '../../../../platform/kiosk/wipe';
import { count, setCountContext } from '../../../count';
import { loadNamespaces, makeT } from '../../../i18n';
import { KioskLayer, type LayerActions } from './kiosk-layer';
import { KioskRuntime } from './kiosk-runtime';
import { guardOutsideLinks } from './link-guard';
import { forgetVisitor, takeResetMark } from './restart';

/**
 * Kiosk mode's runtime (chế độ kiosk), loaded by src/app/main.tsx only when the kiosk flag is set:
 * phones never download it. It makes sure each page starts clean, watches for idleness, turns
 * outside links into QR codes, adds the kiosk bar, and counts as channel "kiosk" with the kiosk id
 * as source.
 */
let running: { stop: () => void } | null = null;

export async function startKioskRuntime(): Promise<void> {
  const visit = currentVisit();
  if (!visit || running) return;
  const setup = await readKioskSetup();
  if (!setup) {
    // A flag without a configuration (storage cleared by the browser): this is a phone again.
    clearKioskFlag();
    return;
  }
  // A page that did not come from a wipe (a reboot, a restored tab, Back to an earlier visit's
  // entry) may hold anything of whoever used the tablet last: wipe first, the next page runs.
  const mark = takeResetMark();
  if (mark === null) return forgetVisitor(setup, 'boot');
  document.documentElement.classList.add('kiosk-mode');
  setCountContext({ channel: 'kiosk', source: setup.kioskId, locality: setup.locality });
  if (mark !== 'unavailable') {
    if (mark.reason === 'visit') count('kiosk_reset');
    if (mark.retry) void wipeStoredData(setup.lang);
  }

  const runtime = new KioskRuntime({ setup, forget: () => void forgetVisitor(setup, 'visit') });
  const undo = [guardOutsideLinks()];
  // A page restored from the back-forward cache may belong to an earlier visit: reload it (and
  // main.tsx opens the attract screen).
  const onShow = (e: PageTransitionEvent) => {
    if (e.persisted && currentVisit() !== visit) {
      document.body.hidden = true;
      location.reload();
    }
  };
  window.addEventListener('pageshow', onShow);
  undo.push(() => window.removeEventListener('pageshow', onShow));
  runtime.start();
  undo.push(() => runtime.stop());
  undo.push(mountLayer(setup, { handoff: () => handoff(setup, runtime), end: () => runtime.end() }));
  running = { stop: () => undo.splice(0).forEach((u) => u()) };
}

/** Leaving kiosk mode (after the PIN): everything the runtime added goes. */
export function stopKioskRuntime(): void {
  running?.stop();
  running = null;
  document.documentElement.classList.remove('kiosk-mode');
  setCountContext({ channel: undefined, source: undefined, locality: undefined });
}

function handoff(setup: KioskSetup, runtime: KioskRuntime): void {
  void import('../../../share').then(
    (m) => m.openShareDialog(location.href, { handoff: true, src: setup.kioskId, onClose: () => runtime.end() }),
    () => undefined,
  );
}

/** The layer's own root, before the app's, in the page's language (it follows a switch). */
function mountLayer(setup: KioskSetup, actions: LayerActions): () => void {
  const container = document.createElement('div');
  container.className = 'kiosk-layer';
  document.body.prepend(container);
  const draw = () => {
    const htmlLang = document.documentElement.lang;
    const lang: Lang = isLang(htmlLang) ? htmlLang : isLang(setup.lang) ? setup.lang : SOURCE_LANG;
    void loadNamespaces(lang, ['kiosk']).then(() => render(h(KioskLayer, { t: makeT(lang), actions }), container));
  };
  const watch = new MutationObserver(draw);
  watch.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  draw();
  return () => {
    watch.disconnect();
    render(null, container);
    container.remove();
  };
}
