import { isOutOfDate, localDay } from '../../../core/tutorials/freshness';
import type { Tutorial } from '../../../core/tutorials/types';
import { Callout } from '../../components/callout';
import { formatDate } from '../../format-date';
import { useLang, useT } from '../../hooks';

/** "May be out of date" when nobody re-checked the tutorial against the app for six months. */
export function StaleNotice({ tutorial }: { tutorial: Tutorial }) {
  const t = useT();
  const lang = useLang();
  if (!isOutOfDate(tutorial.lastChecked, localDay(new Date()))) return null;
  return (
    <Callout kind="warning">
      <p>{t('tutorials.stale', { date: formatDate(tutorial.lastChecked, lang) })}</p>
    </Callout>
  );
}

/** Where the steps come from and when they were last checked, under every tutorial screen. */
export function TutorialSources({ tutorial }: { tutorial: Tutorial }) {
  const t = useT();
  const lang = useLang();
  return (
    <div class="source-note tutorial-sources">
      <p>{t('tutorials.lastChecked', { date: formatDate(tutorial.lastChecked, lang) })}</p>
      <p>{t('tutorials.sources')}:</p>
      <ul>
        {tutorial.sources.map((s) => (
          <li key={s.title}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer" target="_blank">
                {s.title}
              </a>
            ) : (
              s.title
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
