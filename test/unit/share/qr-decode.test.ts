import { create } from 'qrcode';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { makeShareQr, type QrCreate } from '../../../src/core/share/qr-make';
import { qrExtent, qrPath, qrPixels, qrSvg, type QrMatrix } from '../../../src/core/share/qr-render';
import { shareLink } from '../../../src/core/share/share-link';

// Every QR the app makes goes through qrcode's create() and our renderers; these tests decode the
// result with an independent decoder (jsQR) and compare it with the link that was meant.

function makeQr(text: string) {
  const qr = makeShareQr(create as QrCreate, text);
  return { modules: qr.matrix, version: qr.version, level: qr.level };
}

function decodePixels(matrix: QrMatrix, scale = 4): string | null {
  const px = qrPixels(matrix, { scale });
  return jsQR(px.data, px.width, px.height)?.data ?? null;
}

/** Reads our SVG path back into a grid (it only uses `M x y h w v1 h-w z` runs) and draws it. */
function matrixFromSvgPath(d: string, extent: number): QrMatrix {
  const cells = new Uint8Array(extent * extent);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) cells[y * extent + x + i] = 1;
  }
  expect(d.replace(/M(\d+) (\d+)h(\d+)v1h-\3z/g, '')).toBe(''); // nothing else in the path
  return { size: extent, get: (r, c) => cells[r * extent + c] === 1 };
}

const ORIGINS = ['http://127.0.0.1:4173', 'https://dinhdanh.example.vn', 'https://huongdan-dinhdanh.congan.example.gov.vn'];
const LONG_TAG = 'to-cong-tac-phuong-5-a12'; // 24 characters: the longest tag allowed

const LINKS: string[] = ORIGINS.flatMap((origin) => [
  shareLink(origin, '/'),
  shareLink(origin, '/', '', { src: 'chung-cu-a' }),
  shareLink(origin, '/kiem-tra', 'a=nv-a14-sn-cc-so-pn', { lang: 'en', src: LONG_TAG }),
  shareLink(origin, '/kiem-tra', `a=${Array.from({ length: 16 }, (_, i) => `q${i % 10}xy`).join('-')}`, { src: LONG_TAG }),
  shareLink(origin, '/huong-dan/kich-hoat/nhap-otp', '', { lang: 'en', src: LONG_TAG }),
  shareLink(origin, '/diem/ca-phuong-ben-thanh', '', { src: 'kiosk-nvh-3' }),
  shareLink(origin, '/diem', 'dv=level2&q=Phường Bến Thành', { src: LONG_TAG }),
  shareLink(origin, '/ap-phich'),
]);

describe('QR codes decode to the intended link', () => {
  it.each(LINKS)('%s (pixels)', (link) => {
    expect(decodePixels(makeQr(link).modules)).toBe(link);
  });

  it.each(LINKS)('%s (SVG path)', (link) => {
    const { modules } = makeQr(link);
    const extent = qrExtent(modules);
    expect(decodePixels(matrixFromSvgPath(qrPath(modules), extent), 4)).toBe(link);
  });

  it('decodes at the smallest scale a phone camera could see (2 px per module)', () => {
    const link = LINKS[4] ?? '';
    expect(decodePixels(makeQr(link).modules, 2)).toBe(link);
  });

  it('decodes hostile input as hostile input: the decoder sees exactly the bytes given', () => {
    // The share code never puts such text in a link; this proves the QR path itself is lossless.
    for (const text of ['https://x.vn/?a=<script>&b="', 'Hướng dẫn định danh điện tử']) {
      expect(decodePixels(makeQr(text).modules)).toBe(text);
    }
  });
});

// A 100 mm QR on an A5 sheet: version 6 (41 + 8 quiet modules) gives 2 mm modules, about what a
// phone camera resolves from a metre. Realistic links must stay there; the worst link the whitelist
// allows must stay readable close up.
const ORIGIN = 'https://dinhdanh.example.vn';

describe('QR size stays scannable from a metre on A5', () => {
  const longHost = 'https://huongdan-dinhdanh.congan.example.gov.vn';
  it.each([
    { name: 'home', max: 3, link: shareLink(ORIGIN, '/') },
    { name: 'home with a tag', max: 4, link: shareLink(ORIGIN, '/', '', { src: 'chung-cu-a' }) },
    {
      name: 'a tutorial step, English, longest tag',
      max: 6,
      link: shareLink(ORIGIN, '/huong-dan/kich-hoat/nhap-otp', '', { lang: 'en', src: LONG_TAG }),
    },
    {
      name: 'a checker result with a tag',
      max: 5,
      link: shareLink(ORIGIN, '/kiem-tra', 'a=nv-a14-sn-cc-so-pn', { src: 'poster-12' }),
    },
    { name: 'a point on a long host', max: 6, link: shareLink(longHost, '/diem/ca-phuong-ben-thanh', '', { src: 'kiosk-nvh-3' }) },
  ])('$name: version ≤ $max', ({ link, max }) => {
    expect(makeQr(link).version, link).toBeLessThanOrEqual(max);
  });

  it('keeps the longest link the whitelist allows (16 answers, English, longest tag) at version 9 or less', () => {
    const answers = Array.from({ length: 16 }, (_, i) => `q${i % 10}xy`).join('-');
    const worst = shareLink(ORIGIN, '/kiem-tra', `a=${answers}`, { lang: 'en', src: 'x'.repeat(24) });
    expect(worst).toContain(answers);
    expect(makeQr(worst).version).toBeLessThanOrEqual(9);
    expect(decodePixels(makeQr(worst).modules)).toBe(worst);
  });
});

describe('makeShareQr', () => {
  it('never grows the symbol beyond the level-M size, and uses stronger correction when it fits', () => {
    for (const link of LINKS) {
      const chosen = makeQr(link);
      expect(chosen.version).toBe(create(link, { errorCorrectionLevel: 'M' }).version);
      const strongest = (['H', 'Q', 'M'] as const).find(
        (level) => create(link, { errorCorrectionLevel: level }).version === chosen.version,
      );
      expect(chosen.level).toBe(strongest);
    }
  });
});

describe('qrSvg', () => {
  it('is a standalone SVG with the quiet zone and an escaped title', () => {
    const { modules } = makeQr('https://dinhdanh.example.vn/');
    const svg = qrSvg(modules, { title: 'a<b & "c"' });
    const n = modules.size + 8;
    expect(svg).toContain(`viewBox="0 0 ${n} ${n}"`);
    expect(svg).toContain('<title>a&lt;b &amp; &quot;c&quot;</title>');
    expect(svg).not.toContain('a<b');
    const d = /<path fill="#000" d="([^"]*)"/.exec(svg)?.[1] ?? '';
    expect(decodePixels(matrixFromSvgPath(d, n))).toBe('https://dinhdanh.example.vn/');
  });

  it('has no quiet zone only when asked, and then the first run starts at 0', () => {
    const { modules } = makeQr('x');
    expect(qrPath(modules, 0).startsWith('M0 0h7')).toBe(true); // the top-left finder pattern
  });
});
