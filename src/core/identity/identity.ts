/**
 * The deployment's identity: who runs this copy of the guide (the organizer unit), the local
 * hotlines citizens may call, and the area it serves. Set by an admin in the dashboard or with
 * `npm run organizer -- identity`, never built in: until it is set, citizens see no unit at all
 * (only the national hotline), never a placeholder.
 */
export interface LocalHotline {
  /** As written for people, e.g. "028 3855 1234". */
  number: string;
  /** Who answers, e.g. "Công an phường Chợ Quán". */
  label: string;
}

export interface DeploymentIdentity {
  unit: string;
  area: string;
  hotlines: LocalHotline[];
}

/** The identity as published to the app: with the day it last changed. */
export interface PublishedIdentity extends DeploymentIdentity {
  /** When it was last changed, an ISO timestamp. */
  updated: string;
}

export const UNIT_MAX = 120;
export const AREA_MAX = 160;
export const HOTLINE_LABEL_MAX = 80;
export const HOTLINES_MAX = 3;

/** One problem, tied to the form field it concerns ("unit", "area", "hotlines.0.number"…). */
export interface IdentityProblem {
  field: string;
  message: string;
}

export type IdentityCheck = { ok: true; identity: DeploymentIdentity } | { ok: false; problems: IdentityProblem[] };

/** Spaces folded, ends trimmed: what people type, as it will be shown. */
const clean = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
// Control characters and markup brackets have no place in a name shown on posters.
const UNSAFE = /[<>\p{Cc}]/u;
/**
 * Vietnamese numbers as people write them: landline or mobile (0 + 9–10 digits, or +84), short
 * public numbers (113, 1022, 1900 xxxx, 1800 xxxx); spaces, dots and dashes between digits.
 */
const NUMBER_CHARS = /^\+?[0-9][0-9 .-]*[0-9]$/;

export function phoneDigits(number: string): string {
  return number.replace(/[^0-9]/g, '');
}

function numberProblem(number: string): string | null {
  if (!NUMBER_CHARS.test(number)) return 'chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch ngang (có thể bắt đầu bằng +84)';
  const digits = phoneDigits(number);
  if (number.startsWith('+'))
    return number.startsWith('+84') && digits.length >= 11 && digits.length <= 12 ? null : 'số quốc tế phải là +84 và 9–10 chữ số';
  if (digits.startsWith('0')) return digits.length >= 10 && digits.length <= 11 ? null : 'số bắt đầu bằng 0 cần 10 hoặc 11 chữ số';
  if (/^1[89]00/.test(digits)) return digits.length >= 8 && digits.length <= 10 ? null : 'số 1800/1900 cần 8 đến 10 chữ số';
  return digits.length >= 3 && digits.length <= 5 ? null : 'số ngắn (như 113, 1022) cần 3 đến 5 chữ số';
}

function textProblem(value: string, label: string, min: number, max: number): string | null {
  if (value.length < min) return min === 1 ? `${label}: chưa nhập.` : `${label}: cần ít nhất ${min} ký tự (đang có ${value.length}).`;
  if (value.length > max) return `${label}: tối đa ${max} ký tự (đang có ${value.length}).`;
  if (UNSAFE.test(value)) return `${label}: không dùng ký tự < > hoặc ký tự điều khiển.`;
  return null;
}

/**
 * Checks what an admin sent (the form or the command line) and returns it cleaned, or every
 * problem in plain Vietnamese with the field it belongs to. The server decides; the dashboard
 * runs the same check to answer as people type.
 */
export function checkIdentity(input: unknown): IdentityCheck {
  const body = input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const problems: IdentityProblem[] = [];
  const unit = clean(body.unit);
  const area = clean(body.area);
  const unitProblem = textProblem(unit, 'Tên đơn vị', 3, UNIT_MAX);
  if (unitProblem) problems.push({ field: 'unit', message: unitProblem });
  const areaProblem = textProblem(area, 'Địa bàn phục vụ', 1, AREA_MAX);
  if (areaProblem) problems.push({ field: 'area', message: areaProblem });

  const raw = Array.isArray(body.hotlines) ? body.hotlines : [];
  if (body.hotlines !== undefined && !Array.isArray(body.hotlines))
    problems.push({ field: 'hotlines', message: 'Số điện thoại: gửi dưới dạng danh sách.' });
  const hotlines: LocalHotline[] = [];
  raw.forEach((h: unknown, i) => {
    const row = h && typeof h === 'object' ? (h as Record<string, unknown>) : {};
    const number = clean(row.number);
    const label = clean(row.label);
    if (!number && !label) return; // an empty row of the form: ignored
    const n = i + 1;
    if (!number) problems.push({ field: `hotlines.${i}.number`, message: `Số điện thoại ${n}: chưa nhập số.` });
    else {
      const p = numberProblem(number);
      if (p) problems.push({ field: `hotlines.${i}.number`, message: `Số điện thoại ${n}: ${p} (đang là "${number.slice(0, 30)}").` });
    }
    const lp = textProblem(label, `Số điện thoại ${n}, ai nghe máy`, 1, HOTLINE_LABEL_MAX);
    if (lp) problems.push({ field: `hotlines.${i}.label`, message: lp });
    hotlines.push({ number, label });
  });
  if (hotlines.length > HOTLINES_MAX)
    problems.push({ field: 'hotlines', message: `Số điện thoại: tối đa ${HOTLINES_MAX} số (đang có ${hotlines.length}).` });
  return problems.length ? { ok: false, problems } : { ok: true, identity: { unit, area, hotlines } };
}
