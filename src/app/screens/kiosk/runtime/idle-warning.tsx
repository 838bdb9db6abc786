import type { Translate } from '../../../i18n';
import { ModalDialog } from './modal-dialog';

/**
 * "Bạn vẫn đang dùng chứ?" with the countdown. Any touch anywhere cancels it (the runtime listens
 * on the whole document); the button is there so the way out is obvious. The seconds update
 * silently: a screen reader hears the question and the time once, when the dialog opens.
 */
export function IdleWarning({ seconds, t, onEnd }: { seconds: number; t: Translate; onEnd: () => void }) {
  return (
    <ModalDialog
      class="kiosk-dialog kiosk-idle"
      dialog="idle-warning"
      role="alertdialog"
      labelledBy="kiosk-idle-title"
      describedBy="kiosk-idle-text"
      onCancel={() => undefined}
    >
      <h2 id="kiosk-idle-title">{t('kiosk.idle.title')}</h2>
      <p id="kiosk-idle-text">{t('kiosk.idle.text', { seconds: String(seconds) })}</p>
      <p class="kiosk-countdown" aria-hidden="true">
        {seconds}
      </p>
      <div class="kiosk-dialog-actions">
        {/* The touch on this button is the activity that cancels; it has nothing else to do. */}
        <button type="button" class="button" data-action="continue">
          {t('kiosk.idle.continue')}
        </button>
        <button type="button" class="button button-secondary" data-action="end" onClick={onEnd}>
          {t('kiosk.idle.end')}
        </button>
      </div>
    </ModalDialog>
  );
}
