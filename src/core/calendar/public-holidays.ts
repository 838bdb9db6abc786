import { addDays, weekday } from '../points/clock';
import { fromLunar } from './lunar';

/**
 * Public holidays by law (Labour Code 2019, art. 112, clause 1): 1/1; Tết, 5 days around 1/1 of
 * the lunar year (exact days set by the Government each year); Giỗ Tổ Hùng Vương 10/3 lunar; 30/4;
 * 1/5; 2/9 and one day next to it (before or after, set by the Government). Art. 111, clause 3: a
 * holiday on a weekly rest day is made up on the next working day.
 */
export interface LegalHoliday {
  name: string;
  /** YYYY-MM-DD: the day itself (for Tết: mùng 1). */
  date: string;
  /** Also satisfied by a listed day among these (2/9's neighbour: 1/9 or 3/9). */
  orOneOf?: readonly string[];
  /** Written as D/M of the lunar calendar, for lunar holidays. */
  lunar?: string;
}

export function legalHolidays(year: number): LegalHoliday[] {
  const tet = fromLunar({ day: 1, month: 1, year, leap: false }) ?? `${year}-01-01`;
  const hungKings = fromLunar({ day: 10, month: 3, year, leap: false }) ?? `${year}-04-10`;
  return [
    { name: 'Tết Dương lịch', date: `${year}-01-01` },
    { name: 'Tết Nguyên đán (mùng 1 Tết)', date: tet, lunar: '1/1' },
    { name: 'Giỗ Tổ Hùng Vương', date: hungKings, lunar: '10/3' },
    { name: 'Ngày Chiến thắng', date: `${year}-04-30` },
    { name: 'Ngày Quốc tế lao động', date: `${year}-05-01` },
    { name: 'Quốc khánh', date: `${year}-09-02` },
    { name: 'ngày nghỉ liền kề Quốc khánh (1/9 hoặc 3/9)', date: `${year}-09-01`, orOneOf: [`${year}-09-01`, `${year}-09-03`] },
  ];
}

/** True for Saturday and Sunday, the weekly rest days of public offices. */
export function isWeekend(date: string): boolean {
  return weekday(date) >= 5;
}

/**
 * The make-up day (ngày nghỉ bù) of each fixed one-day holiday that falls on a weekend: the next
 * weekday that is not itself a holiday or another make-up day. Tết is left out: its days, swaps and
 * make-up days come with the Government's yearly notice.
 */
export function makeUpDays(year: number, holidayDates: ReadonlySet<string>): { for: string; date: string }[] {
  const taken = new Set(holidayDates);
  const out: { for: string; date: string }[] = [];
  for (const h of legalHolidays(year)) {
    if (h.lunar === '1/1' || h.orOneOf || !isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    out.push({ for: h.name, date: d });
  }
  return out;
}
