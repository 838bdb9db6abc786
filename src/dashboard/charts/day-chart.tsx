import { useEffect, useRef } from 'preact/hooks';
import { formatDay, formatNumber, niceTicks } from './scale';

export interface Series {
  label: string;
  values: number[];
  /** CSS class giving the line its colour and dash (colour is never the only difference). */
  className: string;
}

const W = 720;
const H = 260;
const PAD = { left: 56, right: 16, top: 16, bottom: 36 };

/** Counts per day as lines, drawn as SVG by hand (no chart library), with the numbers in a table too. */
export function DayChart({ days, series, title }: { days: string[]; series: Series[]; title: string }) {
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] ?? 1;
  const x = (i: number) => PAD.left + (days.length <= 1 ? 0 : (i / (days.length - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  // On a narrow screen the chart scrolls sideways: open it on the latest days.
  const scroller = useRef<HTMLDivElement>(null);
  const lastDay = days[days.length - 1];
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [days.length, lastDay]);
  const summary = series.map((s) => `${s.label}: ${formatNumber(s.values.reduce((a, b) => a + b, 0))}`).join('; ');

  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div class="chart-scroll" ref={scroller} tabIndex={0} role="region" aria-label={title}>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. Tổng: ${summary}`}>
          {ticks.map((t) => (
            <g key={t} class="grid">
              <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
              <text x={PAD.left - 8} y={y(t) + 5} text-anchor="end">
                {formatNumber(t)}
              </text>
            </g>
          ))}
          {days.map((d, i) =>
            (i % labelEvery === 0 && days.length - 1 - i >= labelEvery / 2) || i === days.length - 1 ? (
              <text key={d} class="axis" x={x(i)} y={H - 10} text-anchor="middle">
                {formatDay(d)}
              </text>
            ) : null,
          )}
          {series.map((s) => (
            <g key={s.label} class={s.className}>
              <polyline fill="none" points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')} />
              {days.length <= 62 && s.values.map((v, i) => <circle key={i} cx={x(i)} cy={y(v)} r={3} />)}
            </g>
          ))}
        </svg>
      </div>
      <ul class="legend">
        {series.map((s) => (
          <li key={s.label} class={s.className}>
            <svg viewBox="0 0 24 8" aria-hidden="true">
              <line x1={0} x2={24} y1={4} y2={4} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <details>
        <summary>Xem số liệu theo ngày</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d, i) => (
              <tr key={d}>
                <th scope="row">{d}</th>
                {series.map((s) => (
                  <td key={s.label}>{formatNumber(s.values[i] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
