import { epochOf, formatTime } from './clock';
import type { SessionOccurrence } from './sessions';
import type { RegistrationPoint } from './types';

/**
 * iCalendar (RFC 5545) files for "add to calendar", made on the device: nothing about the person
 * is in them, and nothing is sent anywhere. Times are written in UTC (…Z) so every calendar app
 * places them right without a time-zone block.
 */
export interface CalendarEvent {
  /** Stable across downloads, so adding the same session twice updates it instead of doubling it. */
  uid: string;
  start: number;
  end: number;
  summary: string;
  location?: string;
  description?: string;
  geo?: [number, number];
  url?: string;
  /** A reminder this long before the start (the day before: most people plan their morning then). */
  remindBefore?: { days: number; text: string };
}

export function buildIcs(events: readonly CalendarEvent[], now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//VNeID guide//Registration points//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utcStamp(now)}`, `DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(e.end)}`);
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.geo) lines.push(`GEO:${e.geo[0].toFixed(6)};${e.geo[1].toFixed(6)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    if (e.remindBefore)
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:-P${e.remindBefore.days}D`,
        `DESCRIPTION:${escapeText(e.remindBefore.text)}`,
        'END:VALARM',
      );
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * Events for the given occurrences of a mobile session at its venue: one event per date and time
 * range (a morning and an afternoon are two events, so the lunch break is not booked).
 */
export function sessionEvents(
  occurrences: readonly SessionOccurrence[],
  place: Pick<RegistrationPoint, 'name' | 'address' | 'commune' | 'lat' | 'lng'> & { provinceName?: string },
  text: { summary: string; description?: string; url?: string; reminder?: string },
): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const o of occurrences) {
    for (const [from, to] of o.times) {
      events.push({
        // Session, date and start time: the same event gets the same id on every download.
        uid: `${o.session.id}-${o.date}-${formatTime(from).replace(':', '')}@vneid-guide`,
        start: epochOf(o.date, from),
        end: epochOf(o.date, to),
        summary: text.summary,
        // Ward names repeat across provinces and calendars look the text up, not GEO: name the province.
        location: [place.name, place.address, place.commune, place.provinceName].filter(Boolean).join(', '),
        geo: [place.lat, place.lng],
        description: text.description,
        url: text.url,
        remindBefore: text.reminder ? { days: 1, text: text.reminder } : undefined,
      });
    }
  }
  return events;
}

function utcStamp(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets (UTF-8) continue on the next line after a space, never inside a character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
