// @vitest-environment happy-dom
import jsQR from 'jsqr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { qrPixels, type QrMatrix } from '../../../src/core/share/qr-render';

const counted: [string, string | undefined][] = [];
vi.mock('../../../src/app/count', () => ({ count: (event: string, param?: string) => counted.push([event, param]) }));

const { closeShareDialog, openShareDialog } = await import('../../../src/app/share/index');

/** Reads the on-screen QR back into a grid from its SVG path and decodes it with jsQR. */
function decodeShownQr(): string | null {
  const svg = document.querySelector('dialog svg[role="img"]');
  const extent = Number(svg?.getAttribute('viewBox')?.split(' ')[2]);
  const d = svg?.querySelectorAll('path')[1]?.getAttribute('d') ?? '';
  const cells = new Uint8Array(extent * extent);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(m[3]); i++) cells[Number(m[2]) * extent + Number(m[1]) + i] = 1;
  }
  const matrix: QrMatrix = { size: extent, get: (r, c) => cells[r * extent + c] === 1 };
  const px = qrPixels(matrix, { scale: 4, margin: 0 });
  return jsQR(px.data, px.width, px.height)?.data ?? null;
}

async function qrShown(): Promise<void> {
  await vi.waitFor(() => expect(document.querySelector('dialog svg[role="img"]')).not.toBeNull(), { timeout: 5000 });
}

beforeEach(() => {
  counted.length = 0;
  document.documentElement.lang = 'vi';
});
afterEach(() => {
  closeShareDialog();
  document.body.innerHTML = '';
});

describe('openShareDialog', () => {
  it('shows the canonical link, without personal or unknown parameters, as text and as a decodable QR', async () => {
    await openShareDialog('http://localhost:3000/kiem-tra?a=nv-a14&cccd=001203004567&phone=0912345678&src=poster-1', { src: 'kiosk-1' });
    const want = 'http://localhost:3000/kiem-tra?a=nv-a14&src=kiosk-1';
    const dialog = document.querySelector('dialog');
    expect(dialog?.getAttribute('data-share-link')).toBe(want);
    expect(document.querySelector<HTMLInputElement>('#share-link')?.value).toBe(want);
    expect(document.body.innerHTML).not.toContain('001203004567');
    expect(document.body.innerHTML).not.toContain('0912345678');
    expect(document.body.innerHTML).not.toContain('poster-1');
    await qrShown();
    expect(decodeShownQr()).toBe(want);
    expect(counted).toEqual([['share_shown', 'checker']]);
  });

  it('never echoes a hostile source tag', async () => {
    await openShareDialog('http://localhost:3000/?src=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', { src: '"><script>x</script>' });
    expect(document.querySelector('dialog')?.getAttribute('data-share-link')).toBe('http://localhost:3000/');
    expect(document.body.innerHTML).not.toMatch(/onerror|<script|<img/);
    expect(document.querySelector('img')).toBeNull();
  });

  it('puts the page language in the link when it is not Vietnamese', async () => {
    document.documentElement.lang = 'en';
    await openShareDialog('http://localhost:3000/huong-dan/activate');
    expect(document.querySelector('dialog')?.getAttribute('data-share-link')).toBe('http://localhost:3000/huong-dan/activate?lang=en');
  });

  it('switches to the full-screen hand-off and back out through one onClose', async () => {
    const onClose = vi.fn();
    await openShareDialog('http://localhost:3000/diem/ca-p5', { onClose });
    expect(document.querySelector('dialog')?.classList.contains('share-handoff')).toBe(false);
    document.querySelector<HTMLButtonElement>('dialog [data-action="handoff"]')?.click();
    await vi.waitFor(() => expect(document.querySelector('dialog')?.classList.contains('share-handoff')).toBe(true));
    expect(document.querySelectorAll('dialog .share-steps li')).toHaveLength(3);
    await qrShown();
    expect(decodeShownQr()).toBe('http://localhost:3000/diem/ca-p5');
    document.querySelector<HTMLButtonElement>('dialog [data-action="done"]')?.click();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(document.querySelector('dialog')).toBeNull();
    closeShareDialog(); // nothing open: no second onClose
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('opens straight in hand-off mode, and a second dialog replaces the first', async () => {
    const first = vi.fn();
    await openShareDialog('http://localhost:3000/', { handoff: true, onClose: first });
    expect(document.querySelector('dialog')?.classList.contains('share-handoff')).toBe(true);
    await openShareDialog('http://localhost:3000/kiem-tra');
    await vi.waitFor(() => expect(first).toHaveBeenCalledTimes(1));
    expect(document.querySelectorAll('dialog')).toHaveLength(1);
    expect(document.querySelector('dialog')?.getAttribute('data-share-link')).toBe('http://localhost:3000/kiem-tra');
  });

  it('copies the link to the clipboard', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openShareDialog('http://localhost:3000/kiem-tra?a=nv');
    document.querySelector<HTMLButtonElement>('dialog [data-action="copy"]')?.click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('http://localhost:3000/kiem-tra?a=nv'));
    await vi.waitFor(() => expect(document.querySelector('.share-status')?.textContent).not.toBe(''));
  });
});
