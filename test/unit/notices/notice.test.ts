import { describe, expect, it } from 'vitest';
import {
  checkDayOff,
  checkNotice,
  instantOf,
  NOTICE_DOC_FORMAT,
  NOTICE_TEXT_MAX,
  noticesToShow,
  readNoticeDoc,
  type DocNotice,
  type NoticeDoc,
} from '../../../src/core/notices/notice';

const NOW = new Date('2026-12-01T03:00:00.000Z'); // 10:00 in Vietnam

describe('checkNotice', () => {
  it('takes a short notice with an expiry in Vietnam time', () => {
    const r = checkNotice({ area: '79', text: '  VNeID đang quá tải,   hãy thử lại sau 20:00 ', until: '2026-12-01T20:00' }, NOW);
    expect(r).toEqual({
      ok: true,
      notice: { area: '79', text: 'VNeID đang quá tải, hãy thử lại sau 20:00', from: NOW.toISOString(), until: '2026-12-01T13:00:00.000Z' },
    });
  });

  it('says in Vietnamese what is wrong, field by field', () => {
    const r = checkNotice({ area: '', text: 'x'.repeat(NOTICE_TEXT_MAX + 1), until: '2026-12-01T09:00' }, NOW);
    expect(r.ok).toBe(false);
    const fields = r.ok ? [] : r.problems.map((p) => p.field);
    expect(fields).toEqual(['text', 'area', 'until']);
    expect(r.ok ? '' : r.problems[0]!.message).toMatch(/rút gọn còn tối đa 160 ký tự/);
  });

  it('refuses markup, a missing expiry and one too far away', () => {
    expect(checkNotice({ area: '79', text: 'Thử <script>', until: '2026-12-02T08:00' }, NOW).ok).toBe(false);
    expect(checkNotice({ area: '79', text: 'Nghỉ ngày 5/12', until: '' }, NOW).ok).toBe(false);
    expect(checkNotice({ area: '79', text: 'Nghỉ ngày 5/12', until: '2027-03-01T08:00' }, NOW).ok).toBe(false);
  });

  it('reads wall-clock and ISO times, not nonsense', () => {
    expect(instantOf('2026-12-05T07:30')).toBe(Date.parse('2026-12-05T00:30:00Z'));
    expect(instantOf('2026-12-05T07:30:00Z')).toBe(Date.parse('2026-12-05T07:30:00Z'));
    expect(instantOf('2026-02-30T07:30')).toBeUndefined();
    expect(instantOf('tomorrow')).toBeUndefined();
  });
});

describe('noticesToShow', () => {
  const n = (id: number, area: string, extra: Partial<DocNotice> = {}): DocNotice => ({
    id,
    area,
    areaName: area,
    text: `notice ${id}`,
    from: '2026-11-30T00:00:00.000Z',
    until: '2026-12-02T00:00:00.000Z',
    by: 'doi06',
    ...extra,
  });
  const doc: NoticeDoc = {
    format: NOTICE_DOC_FORMAT,
    province: 'ho-chi-minh',
    generated: NOW.toISOString(),
    daysOff: [],
    notices: [
      n(1, '*'),
      n(2, '79'),
      n(3, '79-27343', { communes: ['Phường Chợ Lớn', 'Phường 11, Quận 5'] }),
      n(4, '79', { until: '2026-12-01T02:59:59.000Z' }),
      n(5, '79', { from: '2026-12-01T04:00:00.000Z' }),
    ],
  };

  it('shows the deployment’s and the province’s in force, newest first; a commune’s only for its points', () => {
    expect(noticesToShow(doc, NOW).map((x) => x.id)).toEqual([2, 1]);
    expect(noticesToShow(doc, NOW, ['phuong cho lon']).map((x) => x.id)).toEqual([3, 2, 1]);
    expect(noticesToShow(doc, NOW, ['Phường An Đông']).map((x) => x.id)).toEqual([2, 1]);
  });

  it('drops an expired notice even from a document kept offline, and shows a later one when it starts', () => {
    expect(noticesToShow(doc, new Date('2026-12-02T00:00:00.000Z'))).toEqual([]);
    expect(noticesToShow(doc, new Date('2026-12-01T04:00:00.000Z')).map((x) => x.id)).toEqual([5, 2, 1]);
    expect(noticesToShow(undefined, NOW)).toEqual([]);
  });

  it('reads only a document of the province asked for', () => {
    expect(readNoticeDoc(JSON.stringify(doc), 'ho-chi-minh')?.notices).toHaveLength(5);
    expect(readNoticeDoc(JSON.stringify(doc), 'khanh-hoa')).toBeUndefined();
    expect(readNoticeDoc('{', 'ho-chi-minh')).toBeUndefined();
  });
});

describe('checkDayOff', () => {
  it('takes a holiday or a make-up day with its name', () => {
    expect(checkDayOff({ date: '2027-09-03', name: 'Nghỉ liền kề Quốc khánh', kind: 'holiday' }, NOW)).toEqual({
      ok: true,
      dayOff: { date: '2027-09-03', name: 'Nghỉ liền kề Quốc khánh', kind: 'holiday' },
    });
  });
  it('refuses an unreal date, one out of range, no name, an unknown kind', () => {
    const r = checkDayOff({ date: '2027-02-30', name: '', kind: 'party' }, NOW);
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['date', 'name', 'kind']);
    expect(checkDayOff({ date: '2030-01-01', name: 'Tết', kind: 'holiday' }, NOW).ok).toBe(false);
  });
});
