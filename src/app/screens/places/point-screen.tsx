import './places.css';
import { useEffect, useState } from 'preact/hooks';
import { site } from 'virtual:content/site';
import { vietnamMoment } from '../../../core/points/clock';
import { directionsUrl } from '../../../core/points/directions';
import { holidayChecker, openStatus, pointTimes } from '../../../core/points/open-status';
import { NoticeList } from '../../notices/notice-list';
import { upcomingOccurrences } from '../../../core/points/sessions';
import type { RegistrationPoint } from '../../../core/points/types';
import { verification } from '../../../core/points/verification';
import { hrefFor } from '../../../core/routes';
import { telHref } from '../../../core/site';
import { keepLoadedAssets } from '../../../platform/offline/keep-assets';
import { PhoneIcon, PinIcon } from '../../components/icons';
import { Page } from '../../components/page';
import { count } from '../../count';
import { useLang, useRoute, useT } from '../../hooks';
import { Link } from '../../router';
import { statusText } from './format';
import { catalog, dayOffName, ensureProvince, isDayOff, noticesFor, provinceOfPoint, provinces, unconfirmedHolidays } from './places-store';
import { SessionList } from './session-list';
import { DayOffText } from './result-list';
import { VerificationNote } from './verification-note';
import { WeekHours } from './week-hours';

/** The point screen once the point's province is in memory, so it paints complete (used by the router). */
export async function withPoint(route: { params: { id?: string } }) {
  await loadPointData(route.params.id ?? '');
  return { Screen: PointScreen };
}

const tried = new Set<string>();
/** Points whose province could not load for want of a network (not points that do not exist). */
const offline = new Set<string>();

async function loadPointData(id: string): Promise<void> {
  if (catalog.byId(id)) return;
  tried.add(id);
  try {
    const province = await provinceOfPoint(id);
    const outcome = province && (await ensureProvince(province));
    if (outcome && !outcome.ok && outcome.problem === 'offline') offline.add(id);
    // A first visit from a link: keep this province for offline use (no worker controlled the fetch).
    if (outcome && outcome.ok) void keepLoadedAssets('/assets/points/').catch(() => undefined);
  } catch {
    offline.add(id); // the list of points never reached this device
  }
}

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'offline' } | { state: 'ready'; point: RegistrationPoint };

/** /diem/<id>: one point, with call, directions, hours, mobile dates and "add to calendar". */
export function PointScreen() {
  const t = useT();
  const lang = useLang();
  const id = useRoute().params.id ?? '';
  const [loaded, setLoaded] = useState<Loaded>(() => {
    const point = catalog.byId(id);
    return point ? { state: 'ready', point } : tried.has(id) ? { state: offline.has(id) ? 'offline' : 'missing' } : { state: 'loading' };
  });

  useEffect(() => {
    if (loaded.state !== 'loading') return;
    void loadPointData(id).then(() => {
      const point = catalog.byId(id);
      setLoaded(point ? { state: 'ready', point } : { state: offline.has(id) ? 'offline' : 'missing' });
    });
  }, [id, loaded.state]);

  const hotline = site.hotlines[0]?.number ?? '1900 0368';
  if (loaded.state === 'offline') {
    // A shared link opened with no network before this province's data ever reached the phone.
    return (
      <Page title={t('points.point.offlineTitle')}>
        <p data-point-state="offline">{t('points.point.offlineNext', { hotline })}</p>
        <p>
          <Link href={hrefFor('places')}>{t('points.point.backToList')}</Link>
        </p>
      </Page>
    );
  }
  if (loaded.state !== 'ready') {
    return (
      <Page title={loaded.state === 'loading' ? t('common.loading') : t('points.point.notFound')}>
        {loaded.state === 'missing' && <Link href={hrefFor('places')}>{t('points.point.backToList')}</Link>}
      </Page>
    );
  }

  const point = loaded.point;
  const now = vietnamMoment(Date.now());
  const sessions = catalog.sessionsHere(point.id);
  const timesOn = pointTimes(
    point,
    sessions.filter((s) => !s.cancelled),
    isDayOff,
  );
  const trust = verification(point, now.date);
  const apple = /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  const notes = lang === 'en' ? (point.notesEn ?? point.notes) : point.notes;
  return (
    <Page title={point.name}>
      <VerificationNote state={trust} verified={point.verified} confirmedBy={point.confirmedBy} today={now.date} />
      {trust === 'sample' && <p class="hint">{t('points.verify.sampleDetail')}</p>}
      {point.closed === 'temporary' && (
        <p class="where-problem" role="alert" data-closed="temporary">
          {t('points.closedTemporarily')}
        </p>
      )}
      <NoticeList notices={noticesFor([point])} />
      <p class="result-meta">{t(`points.kind.${point.kind}`)}</p>
      <p class="result-status" data-status={isDayOff(now.date) && !timesOn(now.date).length ? 'day-off' : undefined}>
        {isDayOff(now.date) && !timesOn(now.date).length && (
          <>
            <DayOffText today={now.date} />
            {' · '}
          </>
        )}
        {statusText(openStatus(timesOn, now), now.date, t, lang)}
      </p>
      <div class="point-actions" data-point-id={point.id}>
        <a class="button" href={telHref(point.phone ?? hotline)} data-action="call" onClick={() => count('point_call')}>
          <PhoneIcon /> {point.phone ? t('points.point.call', { phone: point.phone }) : t('points.point.callHotline', { hotline })}
        </a>
        <a
          class="button button-secondary"
          href={directionsUrl(point, apple)}
          data-action="directions"
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => count('point_directions')}
        >
          <PinIcon /> {t('points.point.directions')}
        </a>
      </div>
      {!point.phone && <p class="hint">{t('points.point.noPhone', { hotline })}</p>}
      <h2>{t('points.point.services')}</h2>
      <ul class="services">
        {point.services.map((s) => (
          <li key={s} data-service={s} data-unconfirmed={point.unconfirmedServices?.includes(s) ? 'true' : undefined}>
            {t(`points.service.${s}`)}
            {point.unconfirmedServices?.includes(s) && ` (${t('points.point.serviceUnconfirmed')})`}
          </li>
        ))}
      </ul>
      {point.hours && (
        <WeekHours
          timesOn={timesOn}
          today={now.date}
          isHoliday={isDayOff}
          dayOffName={dayOffName}
          isUnconfirmedHoliday={holidayChecker(unconfirmedHolidays)}
        />
      )}
      {sessions.length > 0 && (
        <SessionList
          point={point}
          provinceName={provinces.find((p) => p.id === point.province)?.name}
          occurrences={upcomingOccurrences(sessions, now, { limit: 12 })}
          today={now.date}
        />
      )}
      <h2>{t('points.point.address')}</h2>
      <p>
        {point.address}, {point.commune}
      </p>
      {point.aliases.length > 0 && <p class="hint">{t('points.point.formerly', { names: point.aliases.join('; ') })}</p>}
      {notes && (
        <>
          <h2>{t('points.point.notes')}</h2>
          <p>{notes}</p>
        </>
      )}
      <p class="source-note">{t('points.point.source', { source: point.source })}</p>
      <p>
        <Link href={hrefFor('slip', {}, { diem: point.id })} data-action="slip">
          {t('points.point.slip')}
        </Link>
      </p>
      <p>
        <Link href={hrefFor('places')}>{t('points.point.backToList')}</Link>
      </p>
    </Page>
  );
}
