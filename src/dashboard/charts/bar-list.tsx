import { formatNumber } from './scale';

export interface Bar {
  id: string;
  label: string;
  n: number;
}

/**
 * Horizontal bars with their label and number written out (readable without the bars), e.g. the
 * funnel with each step's share of the first, or outcomes and blockers ranked.
 */
export function BarList({ bars, title, share, empty, id }: { bars: Bar[]; title: string; share?: boolean; empty: string; id?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.n));
  const first = bars[0]?.n ?? 0;
  return (
    <section class="bars" data-bars={id}>
      <h2>{title}</h2>
      {bars.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ol>
          {bars.map((b) => (
            <li key={b.id} data-bar={b.id} data-n={b.n}>
              <span class="bar-label">{b.label}</span>
              <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect width={(b.n / max) * 100} height={10} />
              </svg>
              <span class="bar-value">
                {formatNumber(b.n)}
                {share && first > 0 ? ` (${Math.round((b.n / first) * 100)}%)` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
