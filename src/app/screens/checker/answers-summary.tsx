import { useT } from '../../hooks';
import { Link } from '../../router';
import { changeHref, START_HREF, type CheckerView } from './checker-state';
import { optionText, questionText } from './question-texts';

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
            <dt>{t(questionText(question, 'short'))}</dt>
            <dd>{t(optionText(question, answer))}</dd>
            <dd class="answers-change">
              <Link href={changeHref(view, question)}>
                {t('checker.change')}
                <span class="checker-sr"> {t(questionText(question, 'short'))}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href={START_HREF} class="button button-secondary" data-action="start-again">
          {t('checker.startAgain')}
        </Link>
      </p>
    </section>
  );
}
