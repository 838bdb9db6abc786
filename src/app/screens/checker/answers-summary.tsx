import { useT } from '../../hooks';
import { Link } from '../../router';
import { changeHref, START_HREF, type CheckerView } from './checker-state';

/** "Your answers", each with a Change link, and a way to start again. */
export function AnswersSummary({ view }: { view: CheckerView }) {
  const t = useT();
  const steps = view.progress.steps;
  if (steps.length === 0) return null;
  return (
    <section class="answers-summary" aria-labelledby="answers-summary-title">
      <h2 id="answers-summary-title">{t('checker.yourAnswers')}</h2>
      <dl>
        {steps.map(({ question, answer }) => (
          <div class="answers-row" key={question} data-summary={question}>
            <dt>{t(`checker.q.${question}.short`)}</dt>
            <dd>{t(`checker.q.${question}.options.${answer}`)}</dd>
            <dd class="answers-change">
              <Link href={changeHref(view, question)}>
                {t('checker.change')}
                <span class="checker-sr"> {t(`checker.q.${question}.short`)}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href={START_HREF} class="button button-secondary">
          {t('checker.startAgain')}
        </Link>
      </p>
    </section>
  );
}
