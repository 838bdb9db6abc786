import { describe, expect, it } from 'vitest';
import { distanceText, shortDate, statusText } from '../../../src/app/screens/places/format';
import { directionsUrl } from '../../../src/core/points/directions';

// Echoes the key and its parameters, so the tests check what is said, not the wording.
const t = (key: string, params?: Record<string, string | number>) => (params ? `${key}(${Object.values(params).join('|')})` : key);

describe('statusText', () => {
  it('says until when a place is open, and when it opens after the lunch break', () => {
    expect(statusText({ state: 'open', until: 690 }, '2026-12-07', t, 'vi')).toBe('points.status.open(11:30)');
    expect(statusText({ state: 'opens-later', at: 810 }, '2026-12-07', t, 'vi')).toBe('points.status.opensAt(13:30)');
  });

  it('says closed today and when it opens next, with tomorrow or the weekday and date', () => {
    expect(statusText({ state: 'closed', allDay: true, next: { date: '2026-12-08', at: 450 } }, '2026-12-07', t, 'vi')).toBe(
      'points.status.closedToday · points.status.nextOpen(07:30|points.weekday.tomorrow)',
    );
    expect(statusText({ state: 'closed', allDay: false, next: { date: '2026-12-14', at: 450 } }, '2026-12-12', t, 'vi')).toBe(
      'points.status.closedNow · points.status.nextOpen(07:30|points.weekday.0 14/12)',
    );
    expect(statusText({ state: 'closed', allDay: true }, '2026-12-12', t, 'en')).toBe('points.status.closedToday');
  });
});

describe('distances and dates as people read them', () => {
  it('shows metres under a kilometre and one decimal under ten', () => {
    expect(distanceText(0.004, 'vi')).toBe('10 m');
    expect(distanceText(0.347, 'vi')).toBe('350 m');
    expect(distanceText(1.26, 'vi')).toBe('1,3 km');
    expect(distanceText(1.26, 'en')).toBe('1.3 km');
    expect(distanceText(14.4, 'vi')).toBe('14 km');
  });

  it('writes short dates as dd/mm in Vietnamese', () => {
    expect(shortDate('2026-12-05', 'vi')).toBe('05/12');
    expect(shortDate('2026-12-05', 'en')).toBe('5 Dec');
  });
});

describe('directionsUrl', () => {
  it('opens maps at the point, never at the person', () => {
    const p = { lat: 10.7525, lng: 106.6585, name: 'Công an phường Chợ Lớn' };
    expect(directionsUrl(p, false)).toBe('https://www.google.com/maps/search/?api=1&query=10.752500,106.658500');
    expect(directionsUrl(p, true)).toBe(`https://maps.apple.com/?ll=10.752500,106.658500&q=${encodeURIComponent(p.name)}`);
  });
});
