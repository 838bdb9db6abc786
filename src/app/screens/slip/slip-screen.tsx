import { useEffect, useState } from 'preact/hooks';
import { rulesets } from 'virtual:content/rules';
import { site } from 'virtual:content/site';
import { rulesetInForce, todayInVietnam } from '../../../core/eligibility/ruleset-in-force';
import { pick } from '../../../core/i18n/languages';
import { holidayChecker, pointTimes } from '../../../core/points/open-status';
import { vietnamMoment } from '../../../core/points/clock';
import type { RegistrationPoint } from '../../../core/points/types';
import { upcomingOccurrences } from '../../../core/points/sessions';
import { hrefFor } from '../../../core/routes';
import { slipFor, POINT_SLIP_OUTCOME, type Slip } from '../../../core/slip/slip';
import { shareOrDownload, slipImage, type SlipLine } from '../../../platform/slip-image';
import { ButtonLink } from '../../components/button-link';
import { Page } from '../../components/page';
import { SourceNote } from '../../components/source-note';
import { useLang, useRoute, useT } from '../../hooks';
import { catalog, ensureProvince, holidays, provinceOfPoint } from '../places/places-store';
import { SessionList } from '../places/session-list';
import { WeekHours } from '../places/week-hours';
import { useA6Printing } from './slip-page-size';
import './slip.css';

/** When the slip's "not accepted" facts were last read against their sources (see slip.json). */
const SLIP_LAST_CHECKED = '2026-12-01';

/**
 * /mang-theo?a=<answers> (from a checker result) or ?diem=<point id> (from a point): the "bring
 * this" slip. Prints alone on one A6 page, or is saved as an image; works offline like the checker.
 */
export function SlipScreen() {
  const t = useT();
  const lang = useLang();
  const { query } = useRoute();
  const ruleset = rulesetInForce(rulesets, todayInVietnam()) ?? rulesets[rulesets.length - 1]!;
  const pointId = query.get('diem') ?? undefined;
  const slip = slipFor(ruleset, { answers: query.get('a'), outcome: query.get('kq') ?? (pointId ? POINT_SLIP_OUTCOME : undefined) });
  const point = usePoint(pointId);
  const [imageState, setImageState] = useState<'idle' | 'saved' | 'failed'>('idle');
  useA6Printing();

  if (!slip) {
    return (
      <Page title={t('slip.notFound')}>
        <p data-slip="missing">{t('slip.notFoundText')}</p>
        <ButtonLink href={hrefFor('checker')}>{t('slip.toChecker')}</ButtonLink>
      </Page>
    );
  }
  return (
    <Page title={t('slip.title')} lead={t('slip.lead')}>
      <div class="slip-actions">
        <button type="button" class="button" data-action="print" onClick={() => window.print()}>
          {t('slip.print')}
        </button>
        <button
          type="button"
          class="button button-secondary"
          data-action="save-image"
          onClick={() =>
            void slipImage(slipLines(slip, point, t, lang))
              .then((blob) => shareOrDownload(blob, 'giay-mang-theo.png'))
              .then(
                () => setImageState('saved'),
                () => setImageState('failed'),
              )
          }
        >
          {t('slip.saveImage')}
        </button>
        <p role="status" class="hint" data-image={imageState}>
          {imageState === 'saved' ? t('slip.imageSaved') : imageState === 'failed' ? t('slip.imageFailed') : ''}
        </p>
      </div>
      <SlipSheet slip={slip} point={point} />
    </Page>
  );
}

function SlipSheet({ slip, point }: { slip: Slip; point: RegistrationPoint | undefined }) {
  const t = useT();
  const lang = useLang();
  const hotline = site.hotlines[0]?.number ?? '1900 0368';
  const now = vietnamMoment(Date.now());
  const sessions = point ? catalog.sessionsHere(point.id) : [];
  return (
    <section class="slip-sheet" data-slip={slip.outcome.id} aria-labelledby="slip-heading">
      <h2 id="slip-heading">{t('slip.heading')}</h2>
      <p>{pick(slip.outcome.title, lang)}</p>
      {slip.bring.length > 0 && (
        <>
          <h3>{t('slip.bring')}</h3>
          <ul class="slip-bring">
            {slip.bring.map((b) => (
              <li key={b.id} data-bring={b.id}>
                {pick(b.text, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
      {slip.notAccepted.length > 0 && (
        <>
          <h3>{t('slip.notAccepted')}</h3>
          <ul>
            {slip.notAccepted.map((id) => (
              <li key={id} data-not-accepted={id}>
                {t(`slip.na.${id}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('slip.where')}</h3>
      {point ? (
        <div data-point={point.id}>
          <p>
            <strong>{point.name}</strong>
            <br />
            {point.address}, {point.commune}
            {point.phone && (
              <>
                <br />
                {t('slip.where.phone', { phone: point.phone })}
              </>
            )}
          </p>
          {point.hours && (
            <WeekHours
              timesOn={pointTimes(point, sessions, holidayChecker(holidays))}
              today={now.date}
              isHoliday={holidayChecker(holidays)}
            />
          )}
          {sessions.length > 0 && (
            <SessionList point={point} occurrences={upcomingOccurrences(sessions, now, { limit: 3 })} today={now.date} />
          )}
        </div>
      ) : (
        <p>
          {t('slip.where.any')} {placesUrl()}
        </p>
      )}
      <p>{t('slip.hotline', { hotline })}</p>
      <p class="hint">{t('slip.noPersonalData')}</p>
      <SourceNote source={t('slip.source')} lastChecked={SLIP_LAST_CHECKED} />
    </section>
  );
}

function placesUrl(): string {
  return `${location.host}${hrefFor('places', {}, { dv: 'level2' })}`;
}

function slipLines(
  slip: Slip,
  point: RegistrationPoint | undefined,
  t: ReturnType<typeof useT>,
  lang: ReturnType<typeof useLang>,
): SlipLine[] {
  const hotline = site.hotlines[0]?.number ?? '1900 0368';
  return [
    { kind: 'title', text: t('slip.heading') },
    { kind: 'text', text: pick(slip.outcome.title, lang) },
    ...(slip.bring.length ? [{ kind: 'heading' as const, text: t('slip.bring') }] : []),
    ...slip.bring.map((b) => ({ kind: 'item' as const, text: pick(b.text, lang) })),
    ...(slip.notAccepted.length ? [{ kind: 'heading' as const, text: t('slip.notAccepted') }] : []),
    ...slip.notAccepted.map((id) => ({ kind: 'text' as const, text: `✗ ${t(`slip.na.${id}`)}` })),
    { kind: 'heading', text: t('slip.where') },
    ...(point
      ? [
          { kind: 'text' as const, text: point.name },
          { kind: 'text' as const, text: `${point.address}, ${point.commune}` },
          ...(point.phone ? [{ kind: 'text' as const, text: t('slip.where.phone', { phone: point.phone }) }] : []),
        ]
      : [{ kind: 'text' as const, text: `${t('slip.where.any')} ${placesUrl()}` }]),
    { kind: 'text', text: t('slip.hotline', { hotline }) },
    { kind: 'small', text: t('slip.noPersonalData') },
  ];
}

/** The chosen point, loaded from the places data (kept offline once its province was opened). */
function usePoint(id: string | undefined): RegistrationPoint | undefined {
  const [point, setPoint] = useState<RegistrationPoint | undefined>(() => (id ? catalog.byId(id) : undefined));
  useEffect(() => {
    if (!id || point) return;
    let live = true;
    void (async () => {
      try {
        const province = await provinceOfPoint(id);
        if (province) await ensureProvince(province);
      } catch {
        // Offline before this point's province was opened: the slip says "any police office" instead.
      }
      if (live) setPoint(catalog.byId(id));
    })();
    return () => {
      live = false;
    };
  }, [id, point]);
  return point;
}
