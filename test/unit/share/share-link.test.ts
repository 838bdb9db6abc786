import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../../src/core/routes';
import { shareLink, shareLinkFromUrl, sharePath, shareRouteId } from '../../../src/core/share/share-link';

const ORIGIN = 'https://dinhdanh.example.vn';

describe('sharePath: the screen', () => {
  it('uses the canonical path of every shareable screen', () => {
    expect(sharePath('/')).toBe('/');
    expect(sharePath('/kiem-tra')).toBe('/kiem-tra');
    expect(sharePath('/huong-dan/kich-hoat/nhap-otp')).toBe('/huong-dan/kich-hoat/nhap-otp');
    expect(sharePath('/diem/ca-phuong-5')).toBe('/diem/ca-phuong-5');
    expect(sharePath('/ap-phich')).toBe('/ap-phich');
  });

  it('resolves aliases, trailing slashes and case', () => {
    expect(sharePath('/check')).toBe('/kiem-tra');
    expect(sharePath('/Kiem-Tra/')).toBe('/kiem-tra');
    expect(sharePath('/index.html')).toBe('/');
  });

  it('shares home for unknown paths and for the kiosk (a phone must not become a kiosk)', () => {
    expect(sharePath('/khong-co')).toBe('/');
    expect(sharePath('/diem/<script>')).toBe('/');
    expect(sharePath('/kiosk', 'a=x')).toBe('/');
    expect(shareRouteId('/kiosk')).toBe('home');
    expect(shareRouteId('/huong-dan/kich-hoat')).toBe('guide');
  });
});

describe('sharePath: the query whitelist', () => {
  it('keeps answer codes on the checker only', () => {
    expect(sharePath('/kiem-tra', 'a=nv-a14-sn-cc')).toBe('/kiem-tra?a=nv-a14-sn-cc');
    expect(sharePath('/huong-dan', 'a=nv-a14')).toBe('/huong-dan');
  });

  it('writes answer codes in the canonical form of the checker', () => {
    expect(sharePath('/kiem-tra', 'a=NV.A14 sn,cc')).toBe('/kiem-tra?a=nv-a14-sn-cc');
    expect(sharePath('/kiem-tra', 'a=nv--a14-')).toBe('/kiem-tra?a=nv-a14');
  });

  it('keeps the service filter on the points list only, and drops free-text search', () => {
    expect(sharePath('/diem', 'dv=level2&q=Phường 5')).toBe('/diem?dv=level2');
    expect(sharePath('/diem', 'dv=muc-2')).toBe('/diem');
    expect(sharePath('/diem/ca-p5', 'dv=level2')).toBe('/diem/ca-p5');
  });

  it('drops personal and unknown parameters and fragments', () => {
    const q = 'a=nv-a14&cccd=001203004567&phone=0912345678&name=Nguyen&utm_source=fb&fbclid=abc';
    expect(sharePath('/kiem-tra', q)).toBe('/kiem-tra?a=nv-a14');
    expect(shareLinkFromUrl(`${ORIGIN}/kiem-tra?${q}#ket-qua`)).toBe(`${ORIGIN}/kiem-tra?a=nv-a14`);
  });

  it('leaves out pieces that cannot be answers, and the whole value when none can', () => {
    expect(sharePath('/kiem-tra', 'a=nv-001203004567-a14')).toBe('/kiem-tra?a=nv-a14');
    expect(sharePath('/kiem-tra', 'a=nv%26src%3Devil')).toBe('/kiem-tra');
    expect(sharePath('/kiem-tra', 'a=nv-x%26src%3Devil-a14')).toBe('/kiem-tra?a=nv-a14');
    expect(sharePath('/kiem-tra', 'a=%3Cscript%3E')).toBe('/kiem-tra');
    expect(sharePath('/kiem-tra', 'a=%E0%A4%A')).toBe('/kiem-tra');
    expect(sharePath('/kiem-tra', `a=${'nv-'.repeat(200)}`)).toBe('/kiem-tra');
  });

  it('keeps at most 16 answers, as the checker does', () => {
    const many = Array.from({ length: 20 }, (_, i) => `q${i}`).join('-');
    expect(sharePath('/kiem-tra', `a=${many}`)).toBe(`/kiem-tra?a=${many.split('-').slice(0, 16).join('-')}`);
  });

  it('keeps English, leaves out the default Vietnamese, ignores other languages', () => {
    expect(sharePath('/', 'lang=en')).toBe('/?lang=en');
    expect(sharePath('/', 'lang=vi')).toBe('/');
    expect(sharePath('/', 'lang=fr')).toBe('/');
    expect(sharePath('/', 'lang=en', { lang: 'vi' })).toBe('/');
    expect(sharePath('/gioi-thieu', '', { lang: 'en' })).toBe('/gioi-thieu?lang=en');
  });

  it('writes parameters in one fixed order, so one state gives one link', () => {
    expect(sharePath('/kiem-tra', 'lang=en&src=x&a=nv-a14', { src: 'b' })).toBe('/kiem-tra?a=nv-a14&lang=en&src=b');
  });
});

describe('sharePath: source tags', () => {
  it('adds a valid explicit tag, lower-cased', () => {
    expect(sharePath('/', '', { src: 'Chung-Cu-A' })).toBe('/?src=chung-cu-a');
  });

  it('does not pass on the tag the page arrived with', () => {
    expect(sharePath('/kiem-tra', 'src=poster-1')).toBe('/kiem-tra');
  });

  it('drops hostile or long tags without a trace', () => {
    for (const src of ['<img src=x onerror=alert(1)>', 'x'.repeat(25), 'a&lang=en', 'a b', '\u212A']) {
      const path = sharePath('/', '', { src });
      expect(path).toBe('/');
    }
  });
});

describe('shareLink and shareLinkFromUrl', () => {
  it('joins a checked origin and the path', () => {
    expect(shareLink(ORIGIN + '/', '/kiem-tra')).toBe(`${ORIGIN}/kiem-tra`);
    expect(shareLink('http://127.0.0.1:4173', '/')).toBe('http://127.0.0.1:4173/');
    expect(shareLink('HTTPS://DinhDanh.Example.VN', '/')).toBe(`${ORIGIN}/`);
  });

  it('refuses origins that are not http(s) host[:port]', () => {
    for (const origin of ['javascript:alert(1)', 'https://user:pw@host', 'https://host/path', 'file://', '']) {
      expect(() => shareLink(origin, '/')).toThrow(/origin/);
    }
    expect(() => shareLinkFromUrl('/kiem-tra')).toThrow(/absolute/);
  });

  it('is idempotent and its path routes back to the same screen', () => {
    const urls = [
      `${ORIGIN}/check/?a=nv-a14&utm=1`,
      `${ORIGIN}/diem?dv=level2&q=x`,
      `${ORIGIN}/huong-dan/kich-hoat/nhap-otp?lang=en`,
      `${ORIGIN}`,
    ];
    for (const url of urls) {
      const once = shareLinkFromUrl(url, { src: 'to-3' });
      expect(shareLinkFromUrl(once, { src: 'to-3' })).toBe(once);
      const path = once.slice(ORIGIN.length).split('?')[0] ?? '';
      expect(matchRoute(path)?.id).toBe(matchRoute(url.slice(ORIGIN.length) || '/')?.id);
    }
  });
});

describe('reading the query text', () => {
  it('keeps the first of repeated parameters, reads + as a space and survives malformed escapes', () => {
    expect(sharePath('/kiem-tra', '?a=nv-a14&a=nv-a11')).toBe('/kiem-tra?a=nv-a14');
    expect(sharePath('/kiem-tra', '?a=nv+a14')).toBe('/kiem-tra?a=nv-a14');
    expect(sharePath('/diem', '?dv=%zz&lang=en')).toBe('/diem?lang=en');
  });
});
