import { qrFileName } from '../../../core/share/poster';
import { qrPixels, qrSvg, type QrMatrix } from '../../../core/share/qr-render';

/**
 * QR downloads for print shops and other layouts: SVG (vector, any size) and PNG (16 px per
 * module, about 5 cm at 600 dpi for a typical link). Both are drawn from the same module grid.
 */
function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function downloadSvg(matrix: QrMatrix, link: string): void {
  save(new Blob([qrSvg(matrix, { title: link })], { type: 'image/svg+xml' }), qrFileName(link, 'svg'));
}

export function downloadPng(matrix: QrMatrix, link: string): Promise<void> {
  const px = qrPixels(matrix, { scale: 16 });
  const canvas = document.createElement('canvas');
  canvas.width = px.width;
  canvas.height = px.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no canvas'));
  ctx.putImageData(new ImageData(new Uint8ClampedArray(px.data), px.width, px.height), 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('PNG encoding failed'));
      save(blob, qrFileName(link, 'png'));
      resolve();
    }, 'image/png'),
  );
}
