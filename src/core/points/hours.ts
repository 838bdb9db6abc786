import { dayNumber, isRealDate, weekday } from './clock';

/**
 * Opening hours in a compact syntax organizers can type into a spreadsheet cell (documented in
 * content/points/README.md). Rules are separated by `;` and read left to right; a later rule
 * replaces earlier ones on the days it selects:
 *
 *   Mo-Fr 07:30-11:30,13:30-17:00; Sa 07:30-11:30; PH off
 *   T2-T6 7h30-11h30,13h30-17h; T7 7h30-11h30; NL nghỉ            (the same, written the Vietnamese way)
 *   Mo-Fr 07:30-17:00; 2026-12-01..2026-12-20 Mo-Su 07:00-20:00; PH off   (a campaign)
 *
 * A rule is: optional dates (`2026-12-01`, `2026-12-01..2026-12-20`, comma-separated), optional
 * days (Mo…Su or T2…T7, CN; ranges and commas; PH/NL = public holidays), then times or `off`.
 */
export interface HoursRule {
  /** Inclusive date ranges; absent = any date. */
  dates?: [string, string][];
  /** Weekdays 0 = Monday … 6 = Sunday; absent = every day (unless only `holidays` is set). */
  days?: number[];
  /** The rule selects public holidays (PH / NL). */
  holidays: boolean;
  /** Minutes since midnight, sorted, not overlapping; empty = closed. */
  times: [number, number][];
}

export type Schedule = HoursRule[];

/** A parse either succeeds or names the piece that is wrong and what should be there instead. */
export type HoursParse = { ok: true; schedule: Schedule } | { ok: false; found: string; expected: string };

const DAY_CODES: Record<string, number> = {
  mo: 0,
  tu: 1,
  we: 2,
  th: 3,
  fr: 4,
  sa: 5,
  su: 6,
  t2: 0,
  t3: 1,
  t4: 2,
  t5: 3,
  t6: 4,
  t7: 5,
  cn: 6,
};
const HOLIDAY_CODES = ['ph', 'nl'];
const OFF_WORDS = ['off', 'closed', 'nghỉ', 'nghi', 'đóng', 'dong'];

const EXPECTED_TOKEN = 'days (Mo-Su or T2-T7, CN), PH, dates (2026-12-01..2026-12-20), times (07:30-11:30) or off';

export function parseHours(text: string): HoursParse {
  const schedule: Schedule = [];
  // "Mo - Fr" and "07:30 - 11:30, 13:30 - 17:00" are what people type: glue the separators.
  const cleaned = text.replace(/[–—]/g, '-').replace(/\s*(\.\.|-|,)\s*/g, '$1');
  for (const ruleText of cleaned.split(';')) {
    const tokens = ruleText.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const rule: HoursRule = { holidays: false, times: [] };
    let stage = 0; // 0: dates allowed, 1: days allowed, 2: times/off allowed, 3: done
    for (const token of tokens) {
      const lower = token.toLowerCase();
      if (stage < 3 && OFF_WORDS.includes(lower)) {
        stage = 3;
        continue;
      }
      if (stage === 0 && /^\d{4}-/.test(token)) {
        const dates = parseDates(token);
        if ('found' in dates) return { ok: false, ...dates };
        rule.dates = dates;
        stage = 1;
      } else if (stage <= 1 && /^[a-zđ]/i.test(token)) {
        const days = parseDays(token);
        if ('found' in days) return { ok: false, ...days };
        if (days.days.length) rule.days = days.days;
        rule.holidays = days.holidays;
        stage = 2;
      } else if (stage <= 2 && /^\d{1,2}[:h]/i.test(token)) {
        const times = parseTimes(lower);
        if ('found' in times) return { ok: false, ...times };
        rule.times = times;
        stage = 3;
      } else if (stage === 3) {
        return { ok: false, found: JSON.stringify(token), expected: '";" before a new rule (nothing may follow the times or "off")' };
      } else {
        return { ok: false, found: JSON.stringify(token), expected: EXPECTED_TOKEN };
      }
    }
    if (stage < 3) {
      return { ok: false, found: JSON.stringify(ruleText.trim()), expected: 'times like 07:30-11:30 or "off" at the end of each rule' };
    }
    schedule.push(rule);
  }
  if (schedule.length === 0) {
    return { ok: false, found: 'no rules', expected: 'opening hours like "Mo-Fr 07:30-11:30,13:30-17:00; PH off"' };
  }
  return { ok: true, schedule };
}

export type Failure = { found: string; expected: string };

/** Dates like "2026-12-01..2026-12-20,2026-12-24" as inclusive ranges. */
export function parseDates(token: string): [string, string][] | Failure {
  const out: [string, string][] = [];
  for (const item of token.split(',')) {
    const [from = '', to = from, extra] = item.split('..');
    for (const d of [from, to]) {
      if (!isRealDate(d)) return { found: JSON.stringify(d), expected: 'a real date written YYYY-MM-DD' };
    }
    if (extra !== undefined) return { found: JSON.stringify(item), expected: 'a date range like 2026-12-01..2026-12-20' };
    if (dayNumber(to) < dayNumber(from)) {
      return { found: JSON.stringify(item), expected: 'a date range whose end is not before its start' };
    }
    out.push([from, to]);
  }
  return out;
}

function parseDays(token: string): { days: number[]; holidays: boolean } | Failure {
  const days = new Set<number>();
  let holidays = false;
  for (const item of token.split(',')) {
    if (HOLIDAY_CODES.includes(item.toLowerCase())) {
      holidays = true;
      continue;
    }
    // Codes are matched in any case; errors quote what the organizer wrote.
    const [a = '', b, extra] = item.split('-');
    const from = DAY_CODES[a.toLowerCase()];
    const to = b === undefined ? from : DAY_CODES[b.toLowerCase()];
    if (from === undefined || to === undefined || extra !== undefined) {
      const bad = from === undefined ? a : b === undefined || to !== undefined ? item : b;
      return { found: JSON.stringify(bad), expected: 'a day: Mo Tu We Th Fr Sa Su, or T2 T3 T4 T5 T6 T7 CN, or PH/NL (public holidays)' };
    }
    // Sa-Mo wraps over the weekend.
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return { days: [...days].sort((x, y) => x - y), holidays };
}

function parseTime(text: string): number | undefined {
  // 07:30, 7:30, 7h30 or 7h; a bare "7" is not accepted (is it a time or a day count?).
  const m = /^(\d{1,2})(?::(\d{2})|h(\d{2})?)$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? m[3] ?? 0);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

/** Time ranges like "07:30-11:30,13:30-17:00" (also used for mobile sessions' times). */
export function parseTimes(token: string): [number, number][] | Failure {
  const ranges: [number, number][] = [];
  for (const item of token.split(',')) {
    const [a = '', b, extra] = item.split('-');
    const start = parseTime(a);
    const end = b === undefined ? undefined : parseTime(b);
    if (b === undefined || extra !== undefined) return { found: JSON.stringify(item), expected: 'a time range like 07:30-11:30' };
    if (start === undefined || end === undefined) {
      return { found: JSON.stringify(start === undefined ? a : b), expected: 'a time from 00:00 to 24:00, like 07:30 or 7h30' };
    }
    if (end <= start) {
      return { found: JSON.stringify(item), expected: 'a time range that ends after it starts (overnight hours are not supported)' };
    }
    ranges.push([start, end]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < ranges.length; i++) {
    if ((ranges[i]?.[0] ?? 0) < (ranges[i - 1]?.[1] ?? 0)) {
      return { found: JSON.stringify(token), expected: 'time ranges that do not overlap' };
    }
  }
  return ranges;
}

/** The opening times on a date: the last rule that selects it wins; no rule means closed. */
export function hoursOn(schedule: Schedule, date: string, isHoliday: (date: string) => boolean): [number, number][] {
  let times: [number, number][] = [];
  const wd = weekday(date);
  for (const rule of schedule) {
    if (rule.dates && !rule.dates.some(([from, to]) => from <= date && date <= to)) continue;
    const selectsAllDays = rule.days === undefined && !rule.holidays;
    const selected = selectsAllDays || (rule.days?.includes(wd) ?? false) || (rule.holidays && isHoliday(date));
    if (selected) times = rule.times;
  }
  return times;
}
