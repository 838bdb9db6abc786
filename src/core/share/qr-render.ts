/**
 * Draws a QR symbol made by the `qrcode` package (its create() result) without the package's own
 * renderers: the same module grid becomes the on-screen SVG, the downloadable SVG file and the PNG's
 * pixels, so what tests decode is what people print. Pure: the app loads `qrcode` itself, on first use.
 */

/** The module grid: qrcode's BitMatrix fits (get() returns 1 for a dark module). */
export interface QrMatrix {
  readonly size: number;
  get(row: number, col: number): number | boolean;
}

/** The white border the QR standard asks for, in modules. Smaller borders fail on busy posters. */
export const QR_QUIET_ZONE = 4;

/** One SVG path for all dark modules, one sub-path per horizontal run: small and crisp at any size. */
export function qrPath(matrix: QrMatrix, margin = QR_QUIET_ZONE): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.get(row, col)) col++;
      const run = col - start;
      parts.push(`M${start + margin} ${row + margin}h${run}v1h-${run}z`);
    }
  }
  return parts.join('');
}

/** Side of the drawn square in modules, quiet zone included: the SVG viewBox size. */
export function qrExtent(matrix: QrMatrix, margin = QR_QUIET_ZONE): number {
  return matrix.size + 2 * margin;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * A standalone SVG file (for download and print shops). The title, usually the link itself, is
 * escaped: it is the only text that goes into the file.
 */
export function qrSvg(matrix: QrMatrix, options: { margin?: number; title?: string } = {}): string {
  const margin = options.margin ?? QR_QUIET_ZONE;
  const n = qrExtent(matrix, margin);
  const title = options.title ? `<title>${options.title.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)}</title>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" width="${n * 8}" height="${n * 8}" shape-rendering="crispEdges">` +
    `${title}<path fill="#fff" d="M0 0h${n}v${n}H0z"/><path fill="#000" d="${qrPath(matrix, margin)}"/></svg>\n`
  );
}

export interface QrPixels {
  width: number;
  height: number;
  /** RGBA, row-major, as ImageData wants it. */
  data: Uint8ClampedArray;
}

/** RGBA pixels, `scale` pixels per module: the PNG download (via a canvas) and the tests' decoder. */
export function qrPixels(matrix: QrMatrix, options: { scale?: number; margin?: number } = {}): QrPixels {
  const scale = Math.max(1, Math.floor(options.scale ?? 8));
  const margin = options.margin ?? QR_QUIET_ZONE;
  const side = qrExtent(matrix, margin) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (!matrix.get(row, col)) continue;
      for (let y = (row + margin) * scale; y < (row + margin + 1) * scale; y++) {
        const start = (y * side + (col + margin) * scale) * 4;
        for (let i = start; i < start + scale * 4; i += 4) {
          data[i] = 0;
          data[i + 1] = 0;
          data[i + 2] = 0;
        }
      }
    }
  }
  return { width: side, height: side, data };
}
