import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDraft, checkEntry } from '../../../src/core/publish/draft';
import { pointCells, sessionCells } from '../../../src/core/publish/cells';
import { diffEntries } from '../../../src/core/publish/diff';
import { mergeForScope } from '../../../src/core/publish/merge';
import { feedOf } from '../../../src/core/publish/feed';
import { PACK_FORMAT } from '../../../src/core/publish/pack';
import { readContentSource } from '../../../src/server/publish/content-source';

const content = readContentSource(join(process.cwd(), 'content'));

const point = (id: string, cells: Record<string, string> = {}) => ({
  kind: 'point' as const,
  id,
  cells: {
    name: 'Nhà văn hóa ấp 3',
    kind: 'mobile',
    services: 'level2 help',
    address: 'Ấp 3',
    commune: 'Phường Chợ Lớn',
    province: 'ho-chi-minh',
    lat: '10.7545',
    lng: '106.6630',
    source: 'Tổ công tác Đề án 06 phường',
    ...cells,
  },
});
const session = (id: string, cells: Record<string, string> = {}) => ({
  kind: 'session' as const,
  id,
  cells: { place: 'nvh-ap3', dates: '2026-12-02', times: '07:30-11:00', services: 'level2', source: 'Tổ lưu động', ...cells },
});

describe('the shared validator (build and server)', () => {
  it('the built content of every province passes the server check unchanged', () => {
    for (const { province } of content.provinces) {
      const entries = content.builtEntries(province);
      const { problems, data } = checkDraft(province, entries);
      expect(problems, province).toEqual([]);
      expect(data.points.length + data.sessions.length).toBe(entries.length);
    }
  });

  it('reads a good point and session into what phones get', () => {
    const { data, problems } = checkDraft('ho-chi-minh', [point('nvh-ap3'), session('s1', { cancelled: 'yes' })]);
    expect(problems).toEqual([]);
    expect(data.points[0]).toMatchObject({ id: 'nvh-ap3', lat: 10.7545, services: ['level2', 'help'] });
    expect(data.sessions[0]).toMatchObject({ id: 's1', dates: ['2026-12-02'], times: [[450, 660]], cancelled: true });
  });

  it('says what is wrong, where, with the build’s words', () => {
    const problems = checkEntry(
      'ho-chi-minh',
      point('x1', { kind: 'police', hours: 'Mo-Fr 25:00-11:30', phone: '0912345678', lat: '106.6', lng: '10.7' }),
      [],
    );
    const fields = problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['hours', 'phone', 'lat,lng']));
    expect(problems.find((p) => p.field === 'lat,lng')?.expected).toContain('swapped');
    expect(problems.find((p) => p.field === 'phone')?.expected).toContain('personal phone');
  });

  it('refuses a session at a venue that is not in the province, and a point of another province', () => {
    expect(checkEntry('ho-chi-minh', session('s2', { place: 'nowhere' }), []).map((p) => p.field)).toEqual(['place']);
    expect(checkEntry('ho-chi-minh', point('y', { province: 'khanh-hoa' }), []).map((p) => p.field)).toEqual(['province']);
    expect(checkEntry('ho-chi-minh', point('y', { closed: 'maybe' }), []).map((p) => p.field)).toEqual(['closed']);
  });

  it('cells and entries go round trip', () => {
    const { data } = checkDraft('ho-chi-minh', content.builtEntries('ho-chi-minh'));
    const again = checkDraft('ho-chi-minh', [
      ...data.points.map((p) => ({ kind: 'point' as const, id: p.id, cells: pointCells(p) })),
      ...data.sessions.map((s) => ({ kind: 'session' as const, id: s.id, cells: sessionCells(s) })),
    ]);
    expect(again.problems).toEqual([]);
    expect(again.data).toEqual(data);
  });
});

describe('publishing rules', () => {
  it('a scoped publish takes only the scope from the draft', () => {
    const base = [point('a', { name: 'A' }), point('b', { name: 'B' })];
    const draft = [point('a', { name: 'A2' }), point('b', { name: 'B2' }), point('c', { name: 'C' })];
    const merged = mergeForScope(base, draft, (e) => e.id !== 'b');
    expect(merged.map((e) => e.cells.name).sort()).toEqual(['A2', 'B', 'C']);
  });

  it('diff names added, removed and changed columns', () => {
    const changes = diffEntries([point('a'), point('b')], [point('a', { phone: '028 3855 1234' }), point('c')]);
    expect(changes).toEqual([
      {
        kind: 'point',
        id: 'a',
        label: 'Nhà văn hóa ấp 3',
        change: 'changed',
        fields: [{ field: 'phone', before: '', after: '028 3855 1234' }],
      },
      { kind: 'point', id: 'c', label: 'Nhà văn hóa ấp 3', change: 'added' },
      { kind: 'point', id: 'b', label: 'Nhà văn hóa ấp 3', change: 'removed' },
    ]);
  });

  it('the feed lists one row per session date with its status', () => {
    const { data } = checkDraft('ho-chi-minh', [point('nvh-ap3'), session('s1', { dates: '2026-12-02, 2026-12-09', cancelled: 'yes' })]);
    const feed = feedOf(
      { format: PACK_FORMAT, version: 3, published: '2026-12-01T01:00:00Z', organizer: 'a', note: 'n', ...data },
      new Date(),
    );
    expect(feed.sessions.map((s) => [s.date, s.start, s.end, s.status])).toEqual([
      ['2026-12-02', '07:30', '11:00', 'cancelled'],
      ['2026-12-09', '07:30', '11:00', 'cancelled'],
    ]);
    expect(feed.locations[0]).toMatchObject({ id: 'nvh-ap3', status: 'open', position: { lat: 10.7545, lng: 106.663 } });
  });
});
