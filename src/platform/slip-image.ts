/**
 * Draws the slip as a PNG, to send on Zalo or keep in the photo gallery: plain text lines on white,
 * sized like an A6 page at 150 dpi. Made on the device from what the screen shows; nothing is sent.
 */
export interface SlipLine {
  text: string;
  kind: 'title' | 'heading' | 'item' | 'text' | 'small';
}

const WIDTH = 620; // A6 at 150 dpi: 105 mm × 148 mm
const HEIGHT = 874;
const MARGIN = 32;
const STYLE: Record<SlipLine['kind'], { size: number; weight: number; gap: number; indent: number }> = {
  title: { size: 30, weight: 700, gap: 16, indent: 0 },
  heading: { size: 22, weight: 700, gap: 10, indent: 0 },
  item: { size: 19, weight: 400, gap: 6, indent: 30 },
  text: { size: 19, weight: 400, gap: 8, indent: 0 },
  small: { size: 15, weight: 400, gap: 6, indent: 0 },
};

export async function slipImage(lines: readonly SlipLine[]): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  // Lay out once to know the height (long lists grow the image rather than being cut off).
  const laidOut = layout(ctx, lines);
  canvas.width = WIDTH;
  canvas.height = Math.max(HEIGHT, laidOut.height + MARGIN);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111';
  ctx.textBaseline = 'top';
  for (const row of laidOut.rows) {
    ctx.font = font(row.kind);
    if (row.bullet) ctx.fillText('☐', MARGIN, row.y);
    ctx.fillText(row.text, MARGIN + STYLE[row.kind].indent, row.y);
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}

function font(kind: SlipLine['kind']): string {
  return `${STYLE[kind].weight} ${STYLE[kind].size}px system-ui, "Segoe UI", Roboto, sans-serif`;
}

function layout(ctx: CanvasRenderingContext2D, lines: readonly SlipLine[]) {
  const rows: { text: string; kind: SlipLine['kind']; y: number; bullet: boolean }[] = [];
  let y = MARGIN;
  for (const line of lines) {
    const s = STYLE[line.kind];
    ctx.font = font(line.kind);
    const width = WIDTH - 2 * MARGIN - s.indent;
    let first = true;
    for (const text of wrap(ctx, line.text, width)) {
      rows.push({ text, kind: line.kind, y, bullet: first && line.kind === 'item' });
      first = false;
      y += Math.round(s.size * 1.3);
    }
    y += s.gap;
  }
  return { rows, height: y };
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** Offers the image to the share sheet (Zalo, Messages…) where files can be shared, else downloads it. */
export async function shareOrDownload(blob: Blob, fileName: string): Promise<'shared' | 'downloaded'> {
  const file = new File([blob], fileName, { type: 'image/png' });
  if (navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file] });
      return 'shared';
    } catch {
      // Cancelled or refused: fall back to a download so the person still gets the image.
    }
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
