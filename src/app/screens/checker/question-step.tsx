import { count } from '../../count';
import { useT } from '../../hooks';
import { Link } from '../../router';
import { AGE_NODE, CARD_NODE } from '../../../core/eligibility/screen-nodes';
import type { Question } from '../../../core/eligibility/types';
import { BirthDateForm } from './birth-date-form';
import { CardQrButton } from './card-qr-button';
import { answerHref, backHref, type CheckerView } from './checker-state';
import { optionText, questionText } from './question-texts';

/**
 * One question, its answers as big buttons. Each answer is a real link to the next screen's URL:
 * it works with back/forward, can be opened in a new tab, and needs no state kept in the page.
 */
export function QuestionStep({ view, question }: { view: CheckerView; question: Question }) {
  const t = useT();
  const current = view.changing ? view.decoded.answers[question.id] : undefined;
  const first = view.progress.steps.length === 0 && !view.changing;
  const back = backHref(view);
  return (
    <div class="checker-question" data-question={question.id}>
      <p class="hint checker-hint">{t(questionText(question.id, 'hint'))}</p>
      <ul class="answer-list">
        {question.options.map((option) => (
          <li key={option.id}>
            <Link
              class={option.id === current ? 'answer answer-current' : 'answer'}
              href={answerHref(view, question.id, option.id)}
              aria-current={option.id === current ? 'true' : undefined}
              data-answer={option.id}
              onClick={() => first && count('checker_start')}
            >
              {t(optionText(question.id, option.id))}
              {option.id === current && <span class="answer-current-label"> {t('checker.currentAnswer')}</span>}
            </Link>
          </li>
        ))}
      </ul>
      {question.id === AGE_NODE && <BirthDateForm view={view} />}
      {(question.id === AGE_NODE || question.id === CARD_NODE) && <CardQrButton view={view} />}
      {back && (
        <p>
          <Link href={back} class="checker-back">
            {t('checker.back')}
          </Link>
        </p>
      )}
    </div>
  );
}
