import { useState } from 'preact/hooks';
import { hrefFor } from '../../../core/routes';
import type { ShareQr } from '../../../core/share/qr-make';
import { locateDevice } from '../../../platform/geolocation/device-location';
import { useT } from '../../hooks';
import { Link } from '../../router';
import { makeQr } from '../../share/qr';
import { QrImage } from '../../share/qr-image';
import '../../styles/forms.css';
import { EMPTY_FORM, makeSetupLink, type FormProblem, type SetupForm } from './setup-form-state';
import { SetupProblems } from './setup-problems';

type Field = keyof SetupForm;
// The language is a choice below, not a text field.
const TEXT_FIELDS: { name: Exclude<Field, 'lang'>; inputMode?: 'numeric' | 'decimal'; secret?: boolean; optional?: boolean }[] = [
  { name: 'id' },
  { name: 'loc', inputMode: 'numeric' },
  { name: 'ten', optional: true },
  { name: 'lat', inputMode: 'decimal' },
  { name: 'lng', inputMode: 'decimal' },
  { name: 'idle', inputMode: 'numeric' },
  { name: 'pin', inputMode: 'numeric', secret: true },
  { name: 'pin2', inputMode: 'numeric', secret: true },
];

/**
 * For organizers (người tổ chức): makes a kiosk's setup link and its QR code. Open the link on the
 * tablet, or scan the QR with it. Made on this device; the PIN leaves it only as a fingerprint.
 */
export function SetupMaker() {
  const t = useT();
  const [form, setForm] = useState<SetupForm>(EMPTY_FORM);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [made, setMade] = useState<{ href: string; qr: ShareQr | null } | null>(null);
  const [where, setWhere] = useState('');
  const set = (name: Field, value: string) => {
    setForm((f) => ({ ...f, [name]: value }));
    setMade(null);
  };

  async function submit(e: Event) {
    e.preventDefault();
    const result = await makeSetupLink(form);
    if (!result.ok) {
      setProblems(result.problems);
      setMade(null);
      return;
    }
    setProblems([]);
    const href = `${hrefFor('kiosk')}?${result.query}`;
    const qr = await makeQr(location.origin + href).catch(() => null);
    setMade({ href, qr });
  }

  async function here() {
    setWhere(t('kiosk.maker.locating'));
    const r = await locateDevice();
    if (!r.ok) return setWhere(t('kiosk.maker.noPosition'));
    setForm((f) => ({ ...f, lat: r.position.lat.toFixed(3), lng: r.position.lng.toFixed(3) }));
    setWhere(t('kiosk.maker.positionSet'));
  }

  const bad = new Set(problems.map((p) => p.field));
  return (
    <section aria-labelledby="kiosk-maker-title">
      <h2 id="kiosk-maker-title">{t('kiosk.maker.title')}</h2>
      <p>{t('kiosk.maker.intro')}</p>
      <form class="kiosk-maker" onSubmit={(e) => void submit(e)} noValidate>
        {problems.length > 0 && <SetupProblems problems={problems} />}
        {TEXT_FIELDS.map((f) => (
          <div class="kiosk-input" key={f.name}>
            <label for={`kiosk-${f.name}`}>
              {t(`kiosk.setup.field.${f.name}`)}
              {f.optional && ` ${t('kiosk.maker.optional')}`}
            </label>
            <input
              id={`kiosk-${f.name}`}
              name={f.name}
              type={f.secret ? 'password' : 'text'}
              inputMode={f.inputMode}
              autocomplete="off"
              value={form[f.name]}
              aria-invalid={bad.has(f.name) ? 'true' : undefined}
              aria-describedby={`kiosk-${f.name}-hint`}
              onInput={(e) => set(f.name, e.currentTarget.value)}
            />
            <p id={`kiosk-${f.name}-hint`} class="hint">
              {t(`kiosk.maker.hint.${f.name}`)}
            </p>
            {f.name === 'lng' && (
              <p>
                <button type="button" class="button button-secondary" onClick={() => void here()}>
                  {t('kiosk.maker.here')}
                </button>
                <span role="status"> {where}</span>
              </p>
            )}
          </div>
        ))}
        <fieldset class="field">
          <legend>{t('kiosk.setup.field.lang')}</legend>
          {(['vi', 'en'] as const).map((l) => (
            <label class="choice" key={l}>
              <input type="radio" name="kiosk-lang" value={l} checked={form.lang === l} onChange={() => set('lang', l)} />
              <span lang={l}>{t(`kiosk.setup.lang.${l}`)}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" class="button" data-action="make-setup-link">
          {t('kiosk.maker.make')}
        </button>
      </form>
      {made && (
        <div class="kiosk-made" role="status">
          <h3>{t('kiosk.maker.madeTitle')}</h3>
          {made.qr && <QrImage class="kiosk-qr" matrix={made.qr.matrix} label={t('kiosk.maker.qrLabel')} />}
          <p class="kiosk-link" dir="ltr">
            {location.origin + made.href}
          </p>
          <Link href={made.href} class="button button-secondary" data-action="use-here">
            {t('kiosk.maker.useHere')}
          </Link>
        </div>
      )}
    </section>
  );
}
