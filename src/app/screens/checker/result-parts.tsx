import type { Blocker, BringItem } from '../../../core/eligibility/types';
import { pick } from '../../../core/i18n/languages';
import { Callout } from '../../components/callout';
import { SourceNote } from '../../components/source-note';
import { useLang, useT } from '../../hooks';
import { PlaceLink, TutorialLinks } from './result-links';

/** What stands in the way, and how to clear each one, with its own source. */
export function BlockerList({ blockers }: { blockers: readonly Blocker[] }) {
  const t = useT();
  const lang = useLang();
  if (blockers.length === 0) return null;
  return (
    <section aria-labelledby="result-blockers">
      <h2 id="result-blockers">{t('checker.result.blockers')}</h2>
      <ul class="plain-list checker-blockers">
        {blockers.map((b) => (
          <li key={b.id} class="checker-blocker" data-blocker={b.id}>
            <h3>{pick(b.title, lang)}</h3>
            <p>{pick(b.clear, lang)}</p>
            <TutorialLinks links={b.tutorials} primary={false} />
            {b.place && <PlaceLink place={b.place} primary={false} />}
            <SourceNote source={b.source} lastChecked={b.lastChecked} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What no official source confirms on this result, said once in one compact note (issue 13):
 * a caveat on every line makes a true answer look unreliable. Each statement appears once.
 */
export function UnconfirmedNote({ statements }: { statements: readonly string[] }) {
  const t = useT();
  const unique = [...new Set(statements)];
  if (unique.length === 0) return null;
  return (
    <aside aria-label={t('source.unconfirmed')} data-unconfirmed-note>
      <Callout kind="warning" title={t('source.unconfirmed')}>
        <ul class="plain-list">
          {unique.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </Callout>
    </aside>
  );
}

/** A checklist to tick while getting ready. The ticks are not saved: they are for this visit only. */
export function BringChecklist({ items }: { items: readonly BringItem[] }) {
  const t = useT();
  const lang = useLang();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="result-bring">
      <h2 id="result-bring">{t('checker.result.bring')}</h2>
      <ul class="plain-list">
        {items.map((item) => (
          <li key={item.id}>
            <label class="choice">
              <input type="checkbox" name={`bring-${item.id}`} />
              <span>{pick(item.text, lang)}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
