import { useLang, useT } from '../../hooks';
import { useEffect, useState } from 'preact/hooks';
import { site } from 'virtual:content/site';
import type { Lang } from '../../../core/i18n/languages';
import {
  POSTER_MESSAGE_MAX,
  POSTER_TITLE_MAX,
  posterLink,
  posterTargetPath,
  typedAddress,
  type PosterTarget,
} from '../../../core/share/poster';
import type { ShareQr } from '../../../core/share/qr-make';
import { normalizeSourceTag } from '../../../core/share/source-tag';
import { Page } from '../../components/page';
import { useIdentity } from '../../identity/use-identity';
import { TextField } from '../../components/text-field';
import { loadNamespaces, makeT } from '../../i18n';
import { makeQr } from '../../share/qr';
import { PosterPlace } from './poster-place';
import { PosterPreview } from './poster-preview';
import type { PosterContent, PosterFormat } from './poster-sheet';
import { useTargetOptions } from './poster-targets';
import { usePrintRoot } from './print-root';
import { TargetPicker, type PickedTarget } from './target-picker';
import '../../styles/forms.css';
import './posters-screen.css';

/**
 * Poster maker (làm áp phích) for organizers, no login: choose what the QR opens, a source tag,
 * a title and a message; preview; print an A4 poster or four A6 cards; download the QR.
 * Nothing is stored or sent: the QR is made on this device.
 */
export function PostersScreen() {
  const t = useT();
  const lang = useLang();
  const [target, setTarget] = useState<PickedTarget>({ kind: 'home' });
  const [tagInput, setTagInput] = useState('');
  const [place, setPlace] = useState('');
  const [english, setEnglish] = useState(false);
  // null: not edited, so the text follows the poster's language.
  const [title, setTitle] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [format, setFormat] = useState<PosterFormat>('a4');
  const [qr, setQr] = useState<ShareQr | null>(null);
  const [, setLoaded] = useState(0);
  const options = useTargetOptions(
    {
      tutorials: target.kind === 'guide' || target.kind === 'guideStep',
      tutorial: target.kind === 'guideStep' ? target.tutorial : undefined,
      points: target.kind === 'place',
      province: target.kind === 'place' ? target.province : undefined,
    },
    lang,
  );

  const posterLang: Lang = english ? 'en' : 'vi';
  const pt = makeT(posterLang);
  useEffect(() => {
    if (english) void loadNamespaces('en', ['share']).then(() => setLoaded((n) => n + 1));
  }, [english]);

  const trimmedTag = tagInput.trim();
  const tag = trimmedTag === '' ? null : normalizeSourceTag(trimmedTag);
  const tagInvalid = trimmedTag !== '' && tag === null;
  const link = posterLink(location.origin, target, { src: tag, lang: posterLang, place });
  const targetInvalid = link === null && hasInput(target);

  useEffect(() => {
    let live = true;
    setQr(null);
    if (link)
      makeQr(link).then(
        (made) => live && setQr(made),
        () => undefined,
      );
    return () => void (live = false);
  }, [link]);

  const identity = useIdentity();
  // A local hotline first (people call it for free, someone nearby answers); else the national one.
  const hotline = identity?.hotlines[0] ?? site.hotlines[0];
  const content: PosterContent = {
    format,
    lang: posterLang,
    title: title ?? pt('share.posters.heading.default'),
    message: message ?? pt('share.posters.message.default'),
    link: link ?? '',
    address: link ? typedAddress(link) : '',
    matrix: link && qr ? qr.matrix : null,
    labels: {
      scan: pt('share.posters.scan'),
      orType: pt('share.posters.orType'),
      qr: link ? t('share.posters.link', { link }) : '',
      hotline: hotline ? pt('share.posters.hotline', { number: hotline.number }) : undefined,
      organizer: identity?.unit,
    },
  };
  usePrintRoot(content);

  return (
    <Page title={t('share.posters.title')} lead={t('share.posters.lead')}>
      <form class="poster-form" aria-label={t('share.posters.form')} onSubmit={(e) => e.preventDefault()}>
        <TargetPicker target={target} onChange={setTarget} options={options} invalid={targetInvalid} t={t} />

        <TextField
          id="poster-src"
          name="src"
          class="field poster-input"
          errorClass="poster-error"
          errorAlert
          label={t('share.posters.source.label')}
          hint={t('share.posters.source.hint')}
          error={tagInvalid ? t('share.posters.source.invalid') : undefined}
          dir="ltr"
          spellcheck={false}
          maxLength={64}
          value={tagInput}
          onInput={(e) => setTagInput(e.currentTarget.value)}
        />

        <PosterPlace value={place} onChange={setPlace} t={t} />

        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={english}
              aria-describedby="poster-lang-hint"
              onChange={(e) => setEnglish(e.currentTarget.checked)}
            />
            <span>{t('share.posters.lang.label')}</span>
          </label>
          <p id="poster-lang-hint" class="hint">
            {t('share.posters.lang.hint')}
          </p>
        </div>

        <div class="field poster-input">
          <label for="poster-title">{t('share.posters.heading.label')}</label>
          <input
            id="poster-title"
            name="title"
            type="text"
            maxLength={POSTER_TITLE_MAX}
            value={content.title}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <div class="field poster-input">
          <label for="poster-message">{t('share.posters.message.label')}</label>
          <textarea
            id="poster-message"
            name="message"
            rows={4}
            maxLength={POSTER_MESSAGE_MAX}
            value={content.message}
            onInput={(e) => setMessage(e.currentTarget.value)}
          />
        </div>

        <fieldset class="field">
          <legend>{t('share.posters.format.legend')}</legend>
          {(['a4', 'a6'] as const).map((f) => (
            <label class="choice" key={f}>
              <input type="radio" name="poster-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              <span>{t(`share.posters.format.${f}`)}</span>
            </label>
          ))}
        </fieldset>
      </form>

      <PosterPreview content={content} qr={link ? qr : null} t={t} />
    </Page>
  );
}

/** Whether the organizer has typed or chosen something the target needs (no error before that). */
function hasInput(target: PosterTarget): boolean {
  if (target.kind === 'path') return (target.path ?? '').trim() !== '';
  if (target.kind === 'guideStep') return !!target.tutorial && !!target.step && posterTargetPath(target) === null;
  if (target.kind === 'guide') return !!target.tutorial;
  if (target.kind === 'place') return !!target.point;
  return false;
}
