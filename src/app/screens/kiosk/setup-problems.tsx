import type { FormProblem } from './setup-form-state';
import { useT } from '../../hooks';

/**
 * A refused setup link, one line per problem: which parameter, what was found, what it must be.
 * The organizer can fix the link (or make a new one below) without guessing.
 */
export function SetupProblems({ problems }: { problems: readonly FormProblem[] }) {
  const t = useT();
  return (
    <div class="callout callout-warning" role="alert">
      <p class="callout-title">{t('kiosk.setup.refused')}</p>
      <ul class="kiosk-problems">
        {problems.map((p, i) => (
          <li key={i} data-field={p.field} data-kind={p.kind}>
            {t(`kiosk.setup.problem.${p.kind}`, {
              field: p.kind === 'unknown' ? p.field : t(`kiosk.setup.field.${p.field}`),
              found: p.found ?? '',
              expected: p.kind === 'unknown' ? '' : t(`kiosk.setup.expected.${p.field}`),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
