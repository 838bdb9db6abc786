import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, fold, sessionEvents } from '../../../src/core/points/ics';
import { upcomingOccurrences } from '../../../src/core/points/sessions';
import type { MobileSession } from '../../../src/core/points/types';

const session: MobileSession = {
  id: 'hcm-q5-cc-2026-12',
  place: 'hcm-q5-chung-cu',
  dates: ['2026-12-05', '2026-12-12'],
  times: [
    [450, 660],
    [810, 990],
  ],
  services: ['level2', 'help'],
  source: 'test',
  sample: true,
};
const place = { name: 'Sảnh chung cư', address: 'Tầng trệt; lối vào A, B', commune: 'Phường An Đông', lat: 10.757, lng: 106.6705 };
const NOW = Date.UTC(2026, 11, 1, 3, 0, 0);

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('session calendar file', () => {
  const occurrences = upcomingOccurrences([session], { date: '2026-12-05', minutes: 12 * 60 });
  const ics = buildIcs(
    sessionEvents(occurrences, place, {
      summary: 'Tổ lưu động: đăng ký VNeID mức 2',
      description: 'Dữ liệu mẫu: gọi trước khi đến.',
      url: 'https://example.org/diem/hcm-q5-chung-cu',
    }),
    NOW,
  );
  const lines = unfold(ics);

  it('is a calendar of one event per date and time range still to come', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3); // 5/12 afternoon, 12/12 morning and afternoon
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/); // only CRLF line ends
  });

  it('writes Vietnam times as UTC (13:30 in Hồ Chí Minh City is 06:30Z)', () => {
    expect(lines).toContain('DTSTART:20261205T063000Z');
    expect(lines).toContain('DTEND:20261205T093000Z');
    expect(lines).toContain('DTSTART:20261212T003000Z');
    expect(lines).toContain('DTSTAMP:20261201T030000Z');
  });

  it('has stable ids, so adding it again updates rather than duplicates', () => {
    expect(lines).toContain('UID:hcm-q5-cc-2026-12-2026-12-05-1330@vneid-guide');
    expect(lines).toContain('UID:hcm-q5-cc-2026-12-2026-12-12-0730@vneid-guide');
  });

  it('carries the place, its position and the warning, escaped', () => {
    expect(lines).toContain('LOCATION:Sảnh chung cư\\, Tầng trệt\\; lối vào A\\, B\\, Phường An Đông');
    expect(lines).toContain('GEO:10.757000;106.670500');
    expect(lines).toContain('SUMMARY:Tổ lưu động: đăng ký VNeID mức 2');
    expect(lines).toContain('DESCRIPTION:Dữ liệu mẫu: gọi trước khi đến.');
  });

  it('holds nothing about the person who made it', () => {
    expect(ics).not.toMatch(/ORGANIZER|ATTENDEE|CONTACT/);
  });
});

describe('session calendar file with a province and a reminder', () => {
  const occurrences = upcomingOccurrences([session], { date: '2026-12-05', minutes: 12 * 60 });
  const lines = unfold(
    buildIcs(
      sessionEvents(
        occurrences.slice(0, 1),
        { ...place, provinceName: 'TP. Hồ Chí Minh' },
        { summary: 's', reminder: 'Ngày mai: tổ lưu động' },
      ),
      NOW,
    ),
  );

  it('names the province in LOCATION (ward names repeat across provinces)', () => {
    expect(lines).toContain('LOCATION:Sảnh chung cư\\, Tầng trệt\\; lối vào A\\, B\\, Phường An Đông\\, TP. Hồ Chí Minh');
  });

  it('reminds the day before, inside the event', () => {
    const at = lines.indexOf('BEGIN:VALARM');
    expect(at).toBeGreaterThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.slice(at, at + 5)).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      'DESCRIPTION:Ngày mai: tổ lưu động',
      'END:VALARM',
    ]);
    expect(at).toBeLessThan(lines.indexOf('END:VEVENT'));
  });
});

describe('iCalendar text rules', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a Vietnamese character', () => {
    const line = `DESCRIPTION:${'Đăng ký định danh điện tử mức hai tại nhà văn hóa. '.repeat(4)}`;
    const parts = fold(line).split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});
