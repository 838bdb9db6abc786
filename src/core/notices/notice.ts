import { addDays, isRealDate, vietnamMoment } from '../points/clock';
import { searchKey } from '../points/search-key';

/**
 * Notices (thông báo) organizers publish for their area, and days off (ngày nghỉ) an admin sets
 * for the whole deployment. Phones get them per province in one signed document (the points
 * pack's key, docs/decisions/0025), keep it offline, and show a notice only while it is in force.
 */
export const NOTICE_DOC_FORMAT = 'vneid-notices/1';
export const NOTICE_TEXT_MIN = 5;
export const NOTICE_TEXT_MAX = 160;
/** The longest a notice may stay up: a standing fact belongs in the points, not in a notice. */
export const NOTICE_MAX_DAYS = 60;

export interface Notice {
  id: number;
  /** Where it applies: "*" (the whole deployment), a province code ("79") or a commune code ("79-27343"). */
  area: string;
  /** The area in words: "Toàn hệ thống", "TP. Hồ Chí Minh", "Phường Chợ Lớn". */
  areaName: string;
  text: string;
  /** ISO instants: shown from `from` until just before `until`. */
  from: string;
  until: string;
  /** The organizer account that published it. */
  by: string;
  /** Set when an organizer took it down before its expiry. */
  endedBy?: string;
  endedAt?: string;
}

/** In a province's document, a commune notice carries the commune's names, for matching a point's commune. */
export interface DocNotice extends Omit<Notice, 'endedBy' | 'endedAt'> {
  communes?: string[];
}

export type DayOffKind = 'holiday' | 'compensatory';
export const DAY_OFF_KINDS: readonly DayOffKind[] = ['holiday', 'compensatory'];
export const DAY_OFF_NAME_MAX = 80;

export interface DayOff {
  /** YYYY-MM-DD, Vietnam's calendar. */
  date: string;
  name: string;
  kind: DayOffKind;
}

/** A day off as kept (and as the dashboard reads it): with who set it and when. */
export interface DayOffRecord extends DayOff {
  by: string;
  at: string;
}

/** One change of the days off, for the history: who added or removed which day. */
export interface DayOffChange {
  at: string;
  by: string;
  action: 'set' | 'remove';
  date: string;
  name: string;
}

export interface NoticeDoc {
  format: typeof NOTICE_DOC_FORMAT;
  /** A province id, or "all" for the notices of the whole deployment only. */
  province: string;
  generated: string;
  notices: DocNotice[];
  daysOff: DayOff[];
}

export interface NoticeProblem {
  field: string;
  message: string;
}

const clean = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
const UNSAFE = /[<>\p{Cc}]/u;

/**
 * Checks a notice as an organizer sends it: `text`, `until` (an ISO instant, or a Vietnam local
 * "YYYY-MM-DDTHH:MM"), an optional `from` (default now), and `area` inside the organizer's scope
 * (checked by the caller, who knows the scopes). Messages in plain Vietnamese, one per field.
 */
export function checkNotice(
  input: Record<string, unknown> | null,
  now: Date,
): { ok: true; notice: { area: string; text: string; from: string; until: string } } | { ok: false; problems: NoticeProblem[] } {
  const problems: NoticeProblem[] = [];
  const text = clean(input?.text);
  if (text.length < NOTICE_TEXT_MIN)
    problems.push({ field: 'text', message: `Hãy viết nội dung thông báo (ít nhất ${NOTICE_TEXT_MIN} ký tự).` });
  else if (text.length > NOTICE_TEXT_MAX)
    problems.push({ field: 'text', message: `Thông báo dài ${text.length} ký tự; hãy rút gọn còn tối đa ${NOTICE_TEXT_MAX} ký tự.` });
  else if (UNSAFE.test(text)) problems.push({ field: 'text', message: 'Nội dung không được có dấu < > hoặc ký tự điều khiển.' });
  const area = clean(input?.area);
  if (!area) problems.push({ field: 'area', message: 'Hãy chọn khu vực áp dụng.' });
  const rawFrom = clean(input?.from);
  const from = rawFrom ? instantOf(rawFrom) : now.getTime();
  if (from === undefined) problems.push({ field: 'from', message: 'Ngày giờ bắt đầu không đúng; hãy chọn lại ngày và giờ.' });
  const until = instantOf(clean(input?.until));
  const start = Math.max(from ?? now.getTime(), now.getTime());
  if (until === undefined) problems.push({ field: 'until', message: 'Hãy chọn ngày giờ hết hạn của thông báo.' });
  else if (until <= start) problems.push({ field: 'until', message: 'Ngày giờ hết hạn phải sau thời điểm bắt đầu và sau lúc này.' });
  else if (until - (from ?? now.getTime()) > NOTICE_MAX_DAYS * 86_400_000)
    problems.push({
      field: 'until',
      message: `Thông báo chỉ được hiển thị tối đa ${NOTICE_MAX_DAYS} ngày; hãy chọn ngày hết hạn sớm hơn.`,
    });
  if (from !== undefined && from > now.getTime() + NOTICE_MAX_DAYS * 86_400_000)
    problems.push({ field: 'from', message: `Ngày bắt đầu quá xa: tối đa ${NOTICE_MAX_DAYS} ngày tới.` });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    notice: { area, text, from: new Date(from!).toISOString(), until: new Date(until!).toISOString() },
  };
}

/** An ISO instant, or a Vietnam wall-clock time "YYYY-MM-DDTHH:MM" as a datetime-local field sends it. */
export function instantOf(text: string): number | undefined {
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (local) {
    const [, date, h, m] = local;
    if (!isRealDate(date!) || Number(h) > 23 || Number(m) > 59) return undefined;
    return Date.parse(`${date}T${h}:${m}:00+07:00`);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const t = Date.parse(text);
  return Number.isFinite(t) ? t : undefined;
}

/** Whether a notice is up at `now`: started, not expired, not taken down. */
export function isInForce(n: Pick<Notice, 'from' | 'until'> & { endedAt?: string }, now: Date): boolean {
  const t = now.getTime();
  return !n.endedAt && Date.parse(n.from) <= t && t < Date.parse(n.until);
}

/**
 * The notices a citizen sees for what they look at, newest first: those of the whole deployment
 * and of the province, and a commune's only when one of `communes` (the communes of the points
 * shown) is it. Expired ones are gone even from a document kept offline for days.
 */
export function noticesToShow(doc: NoticeDoc | undefined, now: Date, communes: readonly string[] = []): DocNotice[] {
  if (!doc) return [];
  const keys = new Set(communes.map(searchKey));
  return doc.notices
    .filter((n) => isInForce(n, now))
    .filter((n) => n.area === '*' || n.area.length === 2 || (n.communes ?? []).some((c) => keys.has(searchKey(c))))
    .sort((a, b) => b.from.localeCompare(a.from) || b.id - a.id);
}

/** Checks a day off as an admin enters it: a real date within a year back and two ahead, a name, a kind. */
export function checkDayOff(
  input: Record<string, unknown> | null,
  now: Date,
): { ok: true; dayOff: DayOff } | { ok: false; problems: NoticeProblem[] } {
  const problems: NoticeProblem[] = [];
  const date = clean(input?.date);
  const today = vietnamMoment(now.getTime()).date;
  if (!isRealDate(date)) problems.push({ field: 'date', message: 'Hãy chọn một ngày có thật (ngày/tháng/năm).' });
  else if (date < addDays(today, -366) || date > addDays(today, 731))
    problems.push({ field: 'date', message: 'Chỉ nhập ngày nghỉ trong khoảng một năm trước đến hai năm tới.' });
  const name = clean(input?.name);
  if (name.length < 3) problems.push({ field: 'name', message: 'Hãy ghi tên ngày nghỉ, ví dụ “Quốc khánh” hoặc “Nghỉ bù Quốc khánh”.' });
  else if (name.length > DAY_OFF_NAME_MAX) problems.push({ field: 'name', message: `Tên ngày nghỉ tối đa ${DAY_OFF_NAME_MAX} ký tự.` });
  else if (UNSAFE.test(name)) problems.push({ field: 'name', message: 'Tên không được có dấu < > hoặc ký tự điều khiển.' });
  const kind = clean(input?.kind) as DayOffKind;
  if (!DAY_OFF_KINDS.includes(kind)) problems.push({ field: 'kind', message: 'Hãy chọn: ngày lễ hoặc ngày nghỉ bù.' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, dayOff: { date, name, kind } };
}

/** The document inside verified text, when it is one for `province` (shape only; the signature was checked before). */
export function readNoticeDoc(text: string, province: string): NoticeDoc | undefined {
  let d: NoticeDoc;
  try {
    d = JSON.parse(text) as NoticeDoc;
  } catch {
    return undefined;
  }
  if (!d || d.format !== NOTICE_DOC_FORMAT || d.province !== province) return undefined;
  if (!Array.isArray(d.notices) || !Array.isArray(d.daysOff)) return undefined;
  return d;
}
