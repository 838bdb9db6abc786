import { parseHours, type HoursRule } from '../../core/points/hours';

const DAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const dmy = (iso: string) => iso.split('-').reverse().join('/');

function ruleInWords(r: HoursRule): string {
  const parts: string[] = [];
  if (r.dates) parts.push(r.dates.map(([a, b]) => (a === b ? dmy(a) : `${dmy(a)} đến ${dmy(b)}`)).join(', '));
  if (r.days) parts.push(r.days.map((d) => DAYS[d]).join(', '));
  if (r.holidays) parts.push('ngày lễ');
  if (!parts.length) parts.push('mọi ngày');
  const times = r.times.length ? r.times.map(([a, b]) => `${hhmm(a)}–${hhmm(b)}`).join(', ') : 'nghỉ';
  return `${parts.join(' · ')}: ${times}`;
}

/**
 * As the organizer types the hours: what the finder will understand, in plain words, or the
 * problem and what is expected (the build's own hours reader, src/core/points/hours.ts).
 */
export function HoursPreview({ text }: { text: string }) {
  if (!text.trim()) return <p class="hint">Ví dụ: T2-T6 7h30-11h30,13h30-17h; T7 7h30-11h30; NL nghỉ</p>;
  const parsed = parseHours(text);
  if (!parsed.ok)
    return (
      <p class="error" id="hours-problem" data-hours-preview="error">
        Chưa đọc được: có {parsed.found}, cần {parsed.expected}
      </p>
    );
  return (
    <ul class="hours-preview" aria-label="Giờ làm việc như người dân sẽ thấy" data-hours-preview="ok">
      {parsed.schedule.map((r, i) => (
        <li key={i}>{ruleInWords(r)}</li>
      ))}
    </ul>
  );
}
