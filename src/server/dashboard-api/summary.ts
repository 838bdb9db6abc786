import { FUNNEL, type FunnelStep } from '../../core/counts/metrics';
import { parsePeopleParam, type CountEvent } from '../../core/counts/vocabulary';
import type { CountFilter, Summary } from '../../core/counts/dashboard-view';
import type { CountStore, EventTotal } from '../storage/count-store';

export type { Summary };
import { daysOf } from './filter';

const CHART_EVENTS: CountEvent[] = [...new Set(FUNNEL.map((s) => s.event))];

const matches = (step: (typeof FUNNEL)[number], event: string, param: string) =>
  step.event === event && (!('param' in step) || step.param === param);

const ranked = (rows: EventTotal[], event: CountEvent) =>
  rows
    .filter((r) => r.event === event)
    .map((r) => ({ id: r.param, n: r.n }))
    .sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));

/** Volunteer tallies less the undone ones (a mis-tap taken back), never below zero. */
function netOfUndone(rows: EventTotal[]): EventTotal[] {
  const undone = new Map(rows.filter((r) => r.event === 'volunteer_tally_undone').map((r) => [r.param, r.n]));
  return rows
    .filter((r) => r.event !== 'volunteer_tally_undone')
    .map((r) => (r.event === 'volunteer_tally' ? { ...r, n: Math.max(0, r.n - (undone.get(r.param) ?? 0)) } : r))
    .filter((r) => r.event !== 'volunteer_tally' || r.n > 0);
}

/**
 * People within household visits by person outcome: each count is `<outcome>/<people>`, so an
 * outcome's people are the sum of people × visits, less the undone visits', never below zero.
 */
function peopleByOutcome(rows: EventTotal[]): { id: string; n: number }[] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const p = r.event === 'volunteer_people' || r.event === 'volunteer_people_undone' ? parsePeopleParam(r.param) : null;
    if (!p) continue;
    const sign = r.event === 'volunteer_people_undone' ? -1 : 1;
    sums.set(p.outcome, (sums.get(p.outcome) ?? 0) + sign * p.people * r.n);
  }
  return [...sums]
    .filter(([, n]) => n > 0)
    .map(([id, n]) => ({ id, n }))
    .sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
}

export async function summarize(store: CountStore, filter: CountFilter): Promise<Summary> {
  const days = daysOf(filter);
  const index = new Map(days.map((d, i) => [d, i]));
  const perDay = Object.fromEntries(FUNNEL.map((s) => [s.id, days.map(() => 0)])) as Record<FunnelStep, number[]>;
  const [daily, totals] = await Promise.all([
    store.dailyTotals(filter, CHART_EVENTS),
    store.eventTotals(filter, [
      'checker_outcome',
      'tutorial_stuck',
      'volunteer_tally',
      'volunteer_tally_undone',
      'volunteer_people',
      'volunteer_people_undone',
    ]),
  ]);
  for (const r of daily) {
    const i = index.get(r.day);
    if (i === undefined) continue;
    for (const step of FUNNEL) if (matches(step, r.event, r.param)) perDay[step.id][i]! += r.n;
  }
  const funnel = FUNNEL.map((s) => ({ id: s.id, n: perDay[s.id].reduce((a, b) => a + b, 0) }));
  return {
    filter,
    days,
    perDay,
    funnel,
    outcomes: ranked(totals, 'checker_outcome'),
    blockers: ranked(totals, 'tutorial_stuck'),
    volunteer: ranked(netOfUndone(totals), 'volunteer_tally'),
    people: peopleByOutcome(totals),
  };
}
