import '../../styles/forms.css';
import '../../styles/answers.css';
import './checker-screen.css';
import { useMemo } from 'preact/hooks';
import { pick } from '../../../core/i18n/languages';
import { Callout } from '../../components/callout';
import { Page } from '../../components/page';
import { useLang, useT } from '../../hooks';
import { useRoute } from '../../hooks';
import { Link } from '../../router';
import { AnswersSummary } from './answers-summary';
import type { Lang } from '../../../core/i18n/languages';
import { checkerView, loadRules, START_HREF, ANSWERS_PARAM } from './checker-state';
import { DroppedNotice } from './dropped-notice';
import { QuestionStep } from './question-step';
import { ResultView } from './result-view';
import { questionText } from './question-texts';

/**
 * The eligibility checker (kiểm tra điều kiện): one question per screen, then the outcome.
 * Everything on screen comes from the URL; the rules come from content/rules via the pure engine.
 */
/** The checker once its rules are loaded in the language shown (used by the router). */
export const withRules = (lang: Lang) => loadRules(lang).then(() => ({ Screen: CheckerScreen }));

export function CheckerScreen() {
  const t = useT();
  const lang = useLang();
  const { query } = useRoute();
  const view = useMemo(() => checkerView(query), [query]);
  const { question, result, progress, changing } = view;

  const stepNumber = changing ? progress.steps.findIndex((s) => s.question === question?.id) + 1 : progress.steps.length + 1;
  const title = question ? t(questionText(question.id, 'title')) : result ? pick(result.outcome.title, lang) : t('checker.deadEnd.title');
  const lead = question
    ? stepNumber === 1 && !changing
      ? t('checker.intro')
      : t('checker.stepNumber', { n: stepNumber })
    : result
      ? t('checker.result.lead')
      : undefined;

  return (
    <Page title={title} lead={lead}>
      <DroppedNotice dropped={view.decoded.dropped} />
      {changing && <p class="hint">{t('checker.changing')}</p>}
      {question ? (
        <QuestionStep view={view} question={question} />
      ) : result ? (
        <ResultView result={result} ruleset={view.ruleset} answersKey={query.get(ANSWERS_PARAM) ?? ''} />
      ) : (
        <Callout kind="warning">
          <p>{t('checker.deadEnd.body')}</p>
          <p>
            <Link href={START_HREF} data-action="start-again">
              {t('checker.startAgain')}
            </Link>
          </p>
        </Callout>
      )}
      <AnswersSummary view={view} />
    </Page>
  );
}
