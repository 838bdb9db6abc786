import { useEffect, useState } from 'preact/hooks';
import { tutorials } from 'virtual:content/tutorials';
import { pick } from '../../../core/i18n/languages';
import { hrefFor } from '../../../core/routes';
import { isOutOfDate, localDay } from '../../../core/tutorials/freshness';
import type { TutorialProgress } from '../../../core/tutorials/progress';
import type { TutorialSummary } from '../../../core/tutorials/types';
import { readAllProgress } from '../../../platform/progress/progress-store';
import { Page } from '../../components/page';
import { useLang, useT } from '../../hooks';
import { Link } from '../../router';
import { stepHref } from './links';
import './guides.css';

/** /huong-dan: every tutorial, with where the person left off. Only the small index is loaded here. */
export function GuidesScreen() {
  const t = useT();
  const [progress, setProgress] = useState<ReadonlyMap<string, TutorialProgress>>(new Map());
  useEffect(() => {
    let live = true;
    void readAllProgress().then((all) => live && setProgress(new Map(all.map((p) => [p.tutorial, p]))));
    return () => {
      live = false;
    };
  }, []);
  return (
    <Page title={t('tutorials.list.title')} lead={t('tutorials.list.intro')}>
      <p>
        <Link href={hrefFor('readiness')} data-action="readiness">
          {t('tutorials.list.readiness')}
        </Link>
      </p>
      <ul class="guide-list">
        {tutorials.map((s) => (
          <GuideItem key={s.id} summary={s} progress={progress.get(s.id)} />
        ))}
      </ul>
    </Page>
  );
}

function GuideItem({ summary, progress }: { summary: TutorialSummary; progress: TutorialProgress | undefined }) {
  const t = useT();
  const lang = useLang();
  // Resume in one tap: a started tutorial opens at its step (if that step still exists).
  const at = progress && !progress.finished ? summary.stepIds.indexOf(progress.current) : -1;
  const started = progress !== undefined && at > 0;
  const href = started ? stepHref(summary.id, progress.current) : hrefFor('guide', { tutorial: summary.id });
  const stale = isOutOfDate(summary.lastChecked, localDay(new Date()));
  return (
    <li>
      <Link
        href={href}
        class="guide-link"
        data-tutorial={summary.id}
        data-progress={progress?.finished ? 'finished' : started ? 'started' : undefined}
        data-resume-step={started ? at + 1 : undefined}
      >
        <span class="guide-title">{pick(summary.title, lang)}</span>
        <span class="guide-summary">{pick(summary.summary, lang)}</span>
        <span class="guide-meta">
          {t('tutorials.list.stepCount', { count: summary.stepIds.length })}
          {progress?.finished && <> · {t('tutorials.list.finished')}</>}
          {started && <> · {t('tutorials.list.continue', { n: at + 1 })}</>}
          {stale && <> · {t('tutorials.list.stale')}</>}
        </span>
      </Link>
    </li>
  );
}
