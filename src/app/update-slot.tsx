import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getSwState, onSwState } from '../platform/sw-events';
import { loadNamespaces, useLang } from './i18n';

/**
 * Where the update banner appears. The banner and its texts load only once the service worker has
 * something to say, so the first screen never pays for them.
 */
export function UpdateSlot() {
  const lang = useLang();
  const [Banner, setBanner] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    const show = () =>
      void Promise.all([import('./update-banner'), loadNamespaces(lang, ['update'])]).then(([m]) => setBanner(() => m.UpdateBanner));
    if (getSwState() !== 'none') show();
    return onSwState((s) => s !== 'none' && show());
  }, [lang]);
  return Banner ? <Banner /> : null;
}
