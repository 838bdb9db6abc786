import '../../styles/forms.css';
import './places.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { site } from 'virtual:content/site';
import { vietnamMoment } from '../../../core/points/clock';
import { isInVietnam } from '../../../core/points/distance';
import { IDLE_SEARCH, FAR_AWAY_KM, nearestIsFarAway, type LocateState, type PlaceSearch } from '../../../core/points/finder-state';
import type { PointResult } from '../../../core/points/lookup';
import { isService, type PlaceEntry, type Service } from '../../../core/points/types';
import { hrefFor } from '../../../core/routes';
import { locateDevice, type LocationProblem } from '../../../platform/geolocation/device-location';
import { getKioskLocation } from '../../../platform/geolocation/kiosk-location';
import { keepLoadedAssets, rememberProvinces } from '../../../platform/offline/keep-assets';
import { Page } from '../../components/page';
import { count } from '../../count';
import { useT } from '../../hooks';
import { useRoute } from '../../hooks';
import { navigate } from '../../router';
import {
  catalog,
  ensureProvince,
  findPlace,
  focusResultsNext,
  getOrigin,
  isNewSearch,
  onOriginChange,
  provincesForOrigin,
  setOrigin,
  publishedAt,
  takeResultsFocus,
  noticesFor,
  type LoadOutcome,
  type Origin,
} from './places-store';
import { useLang } from '../../hooks';
import { formatDate } from '../../format-date';
import { ResultList } from './result-list';
import { NoticeList } from '../../notices/notice-list';
import { ServiceFilter } from './service-filter';
import { WherePanel } from './where-panel';

/** /diem: registration points nearest to the person, by device location, typed place or kiosk. */
export function PlacesScreen() {
  const t = useT();
  const { query } = useRoute();
  const q = (query.get('q') ?? '').slice(0, 80);
  const dv = query.get('dv');
  const service: Service | undefined = isService(dv) ? dv : undefined;
  const [origin, setLocalOrigin] = useState<Origin | undefined>(getOrigin);
  const [locate, setLocate] = useState<LocateState<LocationProblem>>({ kind: 'idle' });
  const [search, setSearch] = useState<PlaceSearch>(IDLE_SEARCH);
  // The results and a province that could not be loaded arrive together, from one origin.
  const [found, setFound] = useState<{ results?: PointResult[]; loadProblem?: LoadOutcome }>({});
  const { results, loadProblem } = found;
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => onOriginChange(() => setLocalOrigin(getOrigin())), []);

  // A kiosk measures from where it stands, unless the visitor chose something else.
  useEffect(() => {
    if (getOrigin() || q) return;
    void getKioskLocation().then((k) => {
      if (k && !getOrigin()) {
        setOrigin({ how: 'kiosk', lat: k.lat, lng: k.lng, label: k.label });
        count('point_search', 'kiosk');
      }
    });
    // Once, when the finder opens: a later typed place is the visitor's own choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A typed place (?q=) from the form or a shared link.
  useEffect(() => {
    if (!q) return;
    let live = true;
    findPlace(q).then(
      (answer) => {
        if (!live) return;
        if (!isNewSearch(q)) return; // same search, only the filter changed
        if (answer.kind === 'place') return pick(answer.place);
        // No place chosen yet: the list of an earlier place must not stay under its heading.
        setOrigin(undefined);
        setSearch(answer.kind === 'choice' ? { kind: 'choice', places: answer.places, numbered: answer.numbered } : { kind: 'none' });
      },
      () => {
        if (!live) return;
        setOrigin(undefined);
        setSearch({ kind: 'failed' });
      },
    );
    return () => void (live = false);
  }, [q]);

  useEffect(() => {
    if (!origin) return;
    let live = true;
    void (async () => {
      const wanted = provincesForOrigin(origin);
      const outcomes = await Promise.all(wanted.map(ensureProvince));
      // Searched or located here: keep these provinces for offline use (ids only, never the position).
      rememberProvinces(wanted.filter((_, i) => outcomes[i]?.ok).map((p) => p.id));
      void keepLoadedAssets('/assets/points/').catch(() => undefined);
      if (!live) return;
      // Without the person's own province, other provinces' points would only mislead.
      const ownMissing = outcomes[0]?.ok === false && outcomes[0].problem === 'offline';
      setFound({
        loadProblem: outcomes.find((o) => !o.ok),
        results: ownMissing ? undefined : catalog.nearest(origin.lat, origin.lng, { now: vietnamMoment(Date.now()), service, k: 10 }),
      });
    })();
    return () => void (live = false);
  }, [origin, service]);

  // After "Tìm" or "Dùng vị trí của tôi" the list starts far below: take the person to it.
  useEffect(() => {
    if (!results || !resultsHeading.current || !takeResultsFocus()) return;
    resultsHeading.current.focus();
    resultsHeading.current.scrollIntoView({ block: 'start' });
  }, [results]);

  function pick(place: PlaceEntry) {
    focusResultsNext();
    setSearch(IDLE_SEARCH);
    setLocate({ kind: 'idle' });
    setOrigin({ how: 'text', lat: place.lat, lng: place.lng, label: place.name, province: place.province });
    count('point_search', 'text');
  }

  async function locateMe() {
    setLocate({ kind: 'locating' });
    const r = await locateDevice();
    if (!r.ok) return setLocate({ kind: 'problem', problem: r.problem });
    if (!isInVietnam(r.position.lat, r.position.lng)) return setLocate({ kind: 'problem', problem: 'outside' });
    setLocate({ kind: 'idle' });
    setSearch(IDLE_SEARCH);
    focusResultsNext();
    setOrigin({ how: 'gps', lat: r.position.lat, lng: r.position.lng });
    count('point_search', 'gps');
    // The typed place no longer applies: drop it from the URL, or a filter change would bring it back.
    if (q) navigate(hrefFor('places', {}, { dv: service }), { replace: true });
  }

  const today = vietnamMoment(Date.now()).date;
  const hotline = site.hotlines[0]?.number ?? '1900 0368';
  const place = origin?.how === 'gps' ? undefined : origin?.label;
  return (
    <Page title={t('points.title')} lead={t('points.lead')}>
      <ServiceFilter service={service} onChange={(s) => navigate(hrefFor('places', {}, { q: q || undefined, dv: s }), { replace: true })} />
      {locate.kind === 'problem' && (
        <p class="where-problem" role="alert" data-problem={locate.problem}>
          {t(`points.problem.${locate.problem}`)}
        </p>
      )}
      <WherePanel
        query={q}
        locating={locate.kind === 'locating'}
        onLocate={() => void locateMe()}
        onSearch={(text) => navigate(hrefFor('places', {}, { q: text, dv: service }))}
        suggestions={search.kind === 'choice' ? search.places : undefined}
        numbered={search.kind === 'choice' && search.numbered}
        onPick={pick}
        noMatch={search.kind === 'none'}
      />
      {search.kind === 'failed' && (
        <p class="where-problem" role="alert">
          {t('common.loadFailed')}
        </p>
      )}
      {origin && loadProblem && !loadProblem.ok && (
        <p class="where-problem" role="alert" data-problem={loadProblem.problem} data-province={loadProblem.province.id}>
          {t(`points.problem.${loadProblem.problem}`, { province: loadProblem.province.name, hotline })}
        </p>
      )}
      {origin && results && (
        <section class="found" aria-labelledby="results-heading" data-results data-origin={origin.how}>
          <h2 id="results-heading" tabIndex={-1} ref={resultsHeading}>
            {place ? t('points.results.heading', { place }) : t('points.results.headingHere')}
          </h2>
          <p role="status">
            {results.length
              ? t(results.length === 1 ? 'points.results.countOne' : 'points.results.count', { count: results.length })
              : t('points.results.none', { hotline })}
          </p>
          {nearestIsFarAway(results) && <p class="hint">{t('points.problem.farAway', { km: FAR_AWAY_KM })}</p>}
          {results.some((r) => r.verification === 'sample') && <p class="hint">{t('points.results.sample')}</p>}
          <UpdatedOn provinces={[...new Set(results.map((r) => r.point.province))]} />
          <NoticeList notices={noticesFor(results.map((r) => r.point))} />
          <ResultList results={results} today={today} />
        </section>
      )}
    </Page>
  );
}

/** "Cập nhật 30/11/2026": the date of the organizers' publication the results come from. */
function UpdatedOn({ provinces }: { provinces: string[] }) {
  const t = useT();
  const lang = useLang();
  const dates = [...new Set(provinces.flatMap((p) => publishedAt.get(p) ?? []))].sort().reverse();
  if (!dates[0]) return null;
  const date = formatDate(vietnamMoment(Date.parse(dates[0])).date, lang);
  return (
    <p class="hint" data-published-at={dates[0]}>
      {t('points.results.updated', { date })}
    </p>
  );
}
