import { Workbox } from 'workbox-window';
import { whenIdle } from './idle-jobs';
import { setSwState } from './sw-events';

/**
 * The only code that talks to navigator.serviceWorker. Registers the worker, announces a waiting
 * update, and activates it only when the person agrees: an update never reloads the page in the
 * middle of a task (a half-answered checker, a tutorial step).
 *
 * To retire the worker in an emergency: deploy a sw.js that calls self.registration.unregister()
 * (see docs/decisions/0004-offline-and-updates.md).
 */
export function registerServiceWorker(url = '/sw.js'): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return Promise.resolve(false);
  const wb = new Workbox(url, { scope: '/' });

  const showUpdate = () =>
    setSwState('update-waiting', () => {
      // Reload once the new worker controls the page, so old pages never mix with new assets.
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });

  wb.addEventListener('waiting', showUpdate);
  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) setSwState('offline-ready');
  });
  // In-app browsers (Zalo, Facebook) and locked-down profiles may refuse the worker: register()
  // then rejects or resolves with nothing. The app works online there; nothing is announced.
  const mark = (state: 'registered' | 'unavailable') => (document.documentElement.dataset.sw = state);
  return wb.register().then(
    (reg) => {
      if (!reg) {
        mark('unavailable');
        return false;
      }
      mark('registered');
      // With a worker to serve them offline: the points of the provinces this person will want,
      // as the next job after the first paint (idle-jobs.ts).
      void whenIdle('offline', () => import('./offline/keep-provinces').then((k) => k.keepProvincesOffline(new URL(location.href))));
      // A worker may already be waiting from an earlier visit.
      if (reg.waiting && navigator.serviceWorker.controller) showUpdate();
      // Kiosks stay open all day: look for a new version every hour.
      setInterval(() => void wb.update().catch(() => undefined), 60 * 60 * 1000);
      return true;
    },
    () => {
      mark('unavailable');
      return false;
    },
  );
}
