import { beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_DOC_FORMAT, type NoticeDoc } from '../../../src/core/notices/notice';
import { PACK_FORMAT, type PointsPack } from '../../../src/core/publish/pack';
import { standInForTheBrowser } from '../../../src/server/point-pages/browser-stand-ins';

// A point's page as the server renders it when a poster's link is opened (src/app/render-point.tsx,
// run by the render worker with the same browser stand-ins as here): the data a phone would load
// now, not the build's.

type RenderModule = typeof import('../../../src/app/render-point');
let render: RenderModule['renderPointPage'];
let pointProvinces: RenderModule['pointProvinces'];

beforeAll(async () => {
  standInForTheBrowser();
  ({ renderPointPage: render, pointProvinces } = await import('../../../src/app/render-point'));
});

const ID = 'hcm-cho-quan';

async function publishedPack(change: (p: PointsPack['points'][number]) => void): Promise<string> {
  const { loadProvince } = await import('virtual:content/points/index');
  const built = (await loadProvince['ho-chi-minh']!()).data;
  const points = structuredClone(built.points);
  change(points.find((p) => p.id === ID)!);
  const pack: PointsPack = {
    format: PACK_FORMAT,
    province: 'ho-chi-minh',
    version: 2,
    published: '2026-11-30T01:00:00Z',
    organizer: 'an',
    note: 'renamed',
    points,
    sessions: built.sessions,
  };
  return JSON.stringify(pack);
}

const notices = (text: string): string =>
  JSON.stringify({
    format: NOTICE_DOC_FORMAT,
    province: 'ho-chi-minh',
    generated: new Date().toISOString(),
    notices: [
      { id: 7, area: '79', areaName: 'TP. Hồ Chí Minh', text, from: '2020-01-01T00:00:00Z', until: '2099-01-01T00:00:00Z', by: 'an' },
    ],
    daysOff: [],
  } satisfies NoticeDoc);

describe('a point page rendered by the server', () => {
  it('shows the built point when nothing is published, titled as the app titles it', async () => {
    const page = await render({ id: ID, lang: 'vi', userAgent: '' });
    expect(page?.html).toContain('data-screen="place"');
    expect(page?.html).toContain('<h1 tabindex="-1" class="page-title">Công an phường Chợ Quán</h1>');
    expect(page?.title).toMatch(/^Công an phường Chợ Quán · /);
  });

  it("shows the organizers' newest published pack, not the build's data", async () => {
    const packText = await publishedPack((p) => {
      p.name = 'Điểm tiếp nhận Chợ Quán (đã chuyển)';
      p.phone = '028 3855 0000';
    });
    const page = await render({ id: ID, lang: 'vi', userAgent: '', packText });
    expect(page?.html).toContain('Điểm tiếp nhận Chợ Quán (đã chuyển)');
    expect(page?.html).toContain('href="tel:02838550000"');
    // The next request without a pack (it was rolled back to nothing) shows the built point again.
    expect((await render({ id: ID, lang: 'vi', userAgent: '' }))?.html).not.toContain('(đã chuyển)');
  });

  it('shows the notices in force for the province', async () => {
    const page = await render({ id: ID, lang: 'vi', userAgent: '', noticesText: notices('Nghỉ chiều thứ Sáu để tập huấn.') });
    expect(page?.html).toContain('Nghỉ chiều thứ Sáu để tập huấn.');
  });

  it('renders in the asked language, with directions for the asking phone', async () => {
    const en = await render({ id: ID, lang: 'en', userAgent: 'iPhone' });
    expect(en?.html).toContain('lang="vi" aria-label="Chuyển sang tiếng Việt"'); // the switch to the other language
    expect(en?.html).toContain('https://maps.apple.com/');
    expect((await render({ id: ID, lang: 'vi', userAgent: '' }))?.html).toContain('https://www.google.com/maps/');
  });

  it('renders nothing for an id that is no point: the app says "not found" itself', async () => {
    expect(await render({ id: 'no-such-point', lang: 'vi', userAgent: '' })).toBeUndefined();
  });

  it("knows every built point's province", async () => {
    expect((await pointProvinces())[ID]).toBe('ho-chi-minh');
  });
});
