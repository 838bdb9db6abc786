import { useLang, useSettings, useT } from '../../hooks';
import '../../styles/forms.css';
import { LANGUAGES } from '../../../core/i18n/languages';
import { Page } from '../../components/page';

/** Language, larger text, high contrast: applied at once, saved on the device. */
export function SettingsScreen() {
  const t = useT();
  const lang = useLang();
  const { settings, update } = useSettings();
  return (
    <Page title={t('settings.title')}>
      <fieldset class="field">
        <legend>{t('settings.language')}</legend>
        {LANGUAGES.map((l) => (
          <label class="choice" key={l}>
            <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => update({ lang: l })} />
            <span lang={l}>{t(`settings.${l}`)}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            data-setting="large-text"
            checked={settings.largeText}
            onChange={(e) => update({ largeText: e.currentTarget.checked })}
            aria-describedby="large-text-hint"
          />
          <span>{t('settings.largeText')}</span>
        </label>
        <p id="large-text-hint" class="hint">
          {t('settings.largeTextHint')}
        </p>
      </div>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            data-setting="high-contrast"
            checked={settings.highContrast}
            onChange={(e) => update({ highContrast: e.currentTarget.checked })}
            aria-describedby="high-contrast-hint"
          />
          <span>{t('settings.highContrast')}</span>
        </label>
        <p id="high-contrast-hint" class="hint">
          {t('settings.highContrastHint')}
        </p>
      </div>
      <p class="hint" role="status">
        {t('settings.saved')}
      </p>
    </Page>
  );
}
