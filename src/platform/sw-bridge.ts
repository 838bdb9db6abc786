import { Workbox } from 'workbox-window';
import { setSwState } from './sw-events';

/**
 * The only code that talks to navigator.serviceWorker. Registers the worker, announces a waiting
 * update, and activates it only when the person agrees: an update never reloads the page in the
 * middle of a task (a half-answered checker, a tutorial step).
 *
 * To retire the worker in an emergency: deploy a sw.js that calls self.registration.unregister()
 * (see docs/decisions/0004-offline-and-updates.md).
 */
export function registerServiceWorker(url = '/sw.js'): void {
  if (!('serviceWorker' in navigator)) return;
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
  void wb.register().then((reg) => {
    // A worker may already be waiting from an earlier visit.
    if (reg?.waiting && navigator.serviceWorker.controller) showUpdate();
  });
  // Kiosks stay open all day: look for a new version every hour.
  setInterval(() => void wb.update(), 60 * 60 * 1000);
}
