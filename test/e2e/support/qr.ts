import jsQR from 'jsqr';
import type { BrowserContext } from '@playwright/test';

/**
 * Decodes the QR code in a PNG (a screenshot or a downloaded file) with jsQR. The PNG is turned
 * into pixels by Chromium itself, on a blank page of its own (no app, no CSP), then decoded here.
 */
export async function decodeQrPng(context: BrowserContext, png: Buffer): Promise<string | null> {
  const helper = await context.newPage();
  try {
    const { width, height, base64 } = await helper.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const bytes = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { width: canvas.width, height: canvas.height, base64: btoa(binary) };
    }, png.toString('base64'));
    const data = new Uint8ClampedArray(Buffer.from(base64, 'base64'));
    return jsQR(data, width, height)?.data ?? null;
  } finally {
    await helper.close();
  }
}
