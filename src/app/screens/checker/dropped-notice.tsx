import type { DroppedAnswer } from '../../../core/eligibility/answer-codes';
import { Callout } from '../../components/callout';
import { useT } from '../../hooks';
import { questionText } from './question-texts';

/**
 * A link with answers that no longer mean anything (mistyped, cut short, or from older rules):
 * the valid answers are kept and the person is told which ones need answering again.
 */
export function DroppedNotice({ dropped }: { dropped: readonly DroppedAnswer[] }) {
  const t = useT();
  if (dropped.length === 0) return null;
  return (
    <Callout kind="warning" title={t('checker.dropped.title')}>
      <p>{t('checker.dropped.intro')}</p>
      <ul data-dropped={dropped.map((d) => d.question ?? '?').join(' ')}>
        {dropped.map((d, i) => (
          <li key={i}>
            {d.question
              ? t('checker.dropped.question', { question: t(questionText(d.question, 'short')) })
              : t('checker.dropped.unknown', { text: d.text })}
          </li>
        ))}
      </ul>
    </Callout>
  );
}
