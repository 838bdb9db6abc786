import { useT } from './hooks';
import './update-banner.css';
import { useEffect, useState } from 'preact/hooks';
import { applyWaitingUpdate, getSwState, onSwState } from '../platform/sw-events';

/** "Có phiên bản mới": shown when a new version waits; applied only on the person's tap. */
export function UpdateBanner() {
  const t = useT();
  const [state, setState] = useState(getSwState);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => onSwState(setState), []);
  if (dismissed) return null;
  if (state === 'offline-ready') {
    return (
      <div class="banner banner-quiet" role="status" data-sw-state={state}>
        <p>{t('update.offlineReady')}</p>
        <button type="button" class="link-button" onClick={() => setDismissed(true)}>
          {t('update.close')}
        </button>
      </div>
    );
  }
  if (state !== 'update-waiting') return null;
  return (
    <div class="banner" role="status" aria-live="polite" data-sw-state={state}>
      <p>{t('update.available')}</p>
      <div class="banner-actions">
        <button type="button" class="button" data-action="apply-update" onClick={applyWaitingUpdate}>
          {t('update.apply')}
        </button>
        <button type="button" class="button button-secondary" data-action="later" onClick={() => setDismissed(true)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
