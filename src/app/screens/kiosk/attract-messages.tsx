import { useEffect, useState } from 'preact/hooks';
import { ATTRACT_MESSAGES, ATTRACT_ROTATE_MS } from '../../../core/kiosk/attract';
import { useT } from '../../hooks';

/**
 * Short messages that change every few seconds to catch a passer-by: the only content in the app
 * that moves by itself. A pause button (WCAG 2.2.2), and no live region: a screen reader is not
 * interrupted by each change.
 */
export function AttractMessages() {
  const t = useT();
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % ATTRACT_MESSAGES.length), ATTRACT_ROTATE_MS);
    return () => clearInterval(timer);
  }, [paused]);
  const id = ATTRACT_MESSAGES[index]!;
  return (
    <div class="kiosk-messages">
      <p class="kiosk-message" data-message={id}>
        {t(`kiosk.attract.messages.${id}`)}
      </p>
      <button type="button" class="link-button kiosk-pause" aria-pressed={paused} onClick={() => setPaused(!paused)}>
        {t('kiosk.attract.pause')}
      </button>
    </div>
  );
}
