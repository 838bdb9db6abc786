import type { DocNotice } from '../../core/notices/notice';
import { vietnamMoment } from '../../core/points/clock';
import { formatDate } from '../format-date';
import { useLang, useT } from '../hooks';

/** Notices in force for what the person looks at: the text first, then who, for where, until when. */
export function NoticeList({ notices }: { notices: readonly DocNotice[] }) {
  const t = useT();
  const lang = useLang();
  if (!notices.length) return null;
  const when = (iso: string) => {
    const m = vietnamMoment(Date.parse(iso));
    const hh = `${String(Math.floor(m.minutes / 60)).padStart(2, '0')}:${String(m.minutes % 60).padStart(2, '0')}`;
    return `${hh} ${formatDate(m.date, lang)}`;
  };
  return (
    // The main stylesheet's warning box: no stylesheet of its own for the home screen to wait for.
    <section class="callout callout-warning" aria-labelledby="notices-heading" data-notices>
      <h2 id="notices-heading" class="callout-title">
        {t('notices.heading')}
      </h2>
      <ul class="plain-list">
        {notices.map((n) => (
          <li key={n.id} data-notice-id={n.id} data-notice-area={n.area}>
            <p>
              <strong>{n.text}</strong>
            </p>
            <p class="hint">
              {t('notices.meta', {
                area: n.areaName,
                date: formatDate(vietnamMoment(Date.parse(n.from)).date, lang),
                until: when(n.until),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
