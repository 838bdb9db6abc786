import { useEffect } from 'preact/hooks';
import type { Result } from '../../../core/eligibility/flow';
import type { Ruleset } from '../../../core/eligibility/types';
import { pick } from '../../../core/i18n/languages';
import { SourceNote } from '../../components/source-note';
import { count } from '../../count';
import { useLang, useT } from '../../hooks';
import { plural } from '../../plural';
import { PlaceLink, TutorialLinks } from './result-links';
import { Link } from '../../router';
import { hrefFor } from '../../../core/routes';
import { BlockerList, BringChecklist, UnconfirmedNote } from './result-parts';
import type { Lang } from '../../../core/i18n/languages';

// The same result reopened by back/forward or a re-render is counted once per visit.
let lastCounted = '';

/** The conclusion: what the person can get now, why (with its source), what blocks them, what to bring, what next. */
export function ResultView({ result, ruleset, answersKey }: { result: Result; ruleset: Ruleset; answersKey: string }) {
  const t = useT();
  const lang = useLang();
  const { outcome, blockers, bring } = result;
  const goFirst = outcome.place === 'card' || outcome.place === 'level2' ? outcome.place : undefined;
  useEffect(() => {
    if (lastCounted === answersKey) return;
    lastCounted = answersKey;
    count('checker_outcome', outcome.id);
  }, [answersKey, outcome.id]);

  return (
    <div class="checker-result" data-outcome={outcome.id} data-ruleset={ruleset.id}>
      <section aria-labelledby="result-why">
        <h2 id="result-why">{t('checker.result.why')}</h2>
        <p>{pick(outcome.why, lang)}</p>
        <SourceNote source={outcome.source} lastChecked={outcome.lastChecked} />
      </section>

      <BlockerList blockers={blockers} />

      {outcome.waitingDays !== undefined && (
        <section aria-labelledby="result-waiting" data-waiting={outcome.waitingDays}>
          <h2 id="result-waiting">{t('checker.result.waiting')}</h2>
          <p class="checker-waiting">{plural(t, lang, 'checker.result.waitingDays', outcome.waitingDays, { days: outcome.waitingDays })}</p>
        </section>
      )}

      <BringChecklist items={bring} />
      {bring.length > 0 && (
        <p>
          <Link href={hrefFor('slip', {}, { a: answersKey })} data-action="slip">
            {t('checker.result.slip')}
          </Link>
        </p>
      )}

      <UnconfirmedNote statements={unconfirmedOn(result, ruleset, lang, t('checker.result.bringUnconfirmed'))} />

      {(outcome.then.length > 0 || outcome.tutorials.length > 0 || outcome.place) && (
        <section aria-labelledby="result-next">
          <h2 id="result-next">{t('checker.result.next')}</h2>
          {(outcome.then.length > 0 || goFirst) && (
            <ol class="checker-then" data-next-steps>
              {/* When the outcome is "go to the police" (a card, level 2), going there is step 1:
                  waiting for the SMS cannot come before it. */}
              {goFirst && (
                <li data-step="go">
                  <PlaceLink place={goFirst} primary />
                </li>
              )}
              {outcome.then.map((step, i) => (
                <li key={i} data-step="then">
                  {pick(step, lang)}
                </li>
              ))}
            </ol>
          )}
          <TutorialLinks links={outcome.tutorials} primary />
          {outcome.place && !goFirst && <PlaceLink place={outcome.place} primary />}
        </section>
      )}

      <section aria-labelledby="result-basis" class="checker-basis">
        <h2 id="result-basis">{t('checker.result.basis')}</h2>
        <p>{pick(ruleset.legalBasis, lang)}</p>
        <p class="hint">{t('checker.result.disclaimer')}</p>
      </section>
    </div>
  );
}

/** Every statement on this result that no official source confirms: the outcome's, its blockers', the bring list's, the ruleset's. */
function unconfirmedOn(result: Result, ruleset: Ruleset, lang: Lang, bringText: string): string[] {
  return [
    result.outcome.unconfirmed && pick(result.outcome.unconfirmed, lang),
    ...result.blockers.map((b) => b.unconfirmed && pick(b.unconfirmed, lang)),
    result.bring.some((item) => item.unconfirmed) && bringText,
    ruleset.unconfirmed && pick(ruleset.unconfirmed, lang),
  ].filter((x): x is string => typeof x === 'string' && x.length > 0);
}
