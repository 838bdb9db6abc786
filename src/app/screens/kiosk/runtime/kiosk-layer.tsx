import { useEffect, useState } from 'preact/hooks';
import { secondsLeft } from '../../../../core/kiosk/idle';
import type { Translate } from '../../../i18n';
import { IdleWarning } from './idle-warning';
import { kioskView, onKioskView, updateKioskView } from './kiosk-state';
import { OutsideLinkDialog } from './outside-link-dialog';
import './kiosk-layer.css';

export interface LayerActions {
  /** "Tiếp tục trên điện thoại": the share hand-off, and the visit ends when it closes. */
  handoff: () => void;
  /** "Kết thúc": forget the visitor now. */
  end: () => void;
}

/**
 * What kiosk mode adds on top of every screen: a bar that says this is a shared device with the
 * two ways to finish, the idle warning, and outside links as QR codes. Rendered in its own root,
 * outside the app's tree, so no screen has to know about kiosks.
 */
export function KioskLayer({ t, actions }: { t: Translate; actions: LayerActions }) {
  const [view, setView] = useState(kioskView);
  useEffect(() => onKioskView(() => setView(kioskView())), []);
  const visiting = view.phase.kind !== 'attract' && !view.onAttract;
  const closeOutside = () => updateKioskView({ outside: null });
  return (
    <>
      {visiting && (
        <aside class="kiosk-bar" aria-label={t('kiosk.bar.label')} data-kiosk-bar>
          <p class="kiosk-bar-note">{t('kiosk.bar.note')}</p>
          <div class="kiosk-bar-actions">
            <button type="button" class="button" data-action="handoff" onClick={actions.handoff}>
              {t('kiosk.bar.handoff')}
            </button>
            <button type="button" class="button button-secondary" data-action="end-visit" onClick={actions.end}>
              {t('kiosk.bar.end')}
            </button>
          </div>
        </aside>
      )}
      {view.phase.kind === 'warning' && <IdleWarning seconds={secondsLeft(view.phase, view.now)} t={t} onEnd={actions.end} />}
      {view.outside && view.phase.kind !== 'warning' && (
        <OutsideLinkDialog
          link={view.outside}
          t={t}
          onClose={closeOutside}
          onHandoff={() => {
            closeOutside();
            actions.handoff();
          }}
        />
      )}
    </>
  );
}
