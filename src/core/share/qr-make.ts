import type { QrMatrix } from './qr-render';

/**
 * Chooses the QR symbol for a link. Pure: the caller passes qrcode's create(), which the app loads
 * on first use and the tests import directly, so both make exactly the same symbol.
 *
 * Size first, then robustness: the smallest version that holds the link at level M (15% of the
 * symbol may be lost: a scuffed, creased or glare-struck poster), then the strongest level (Q, H)
 * that still fits that same version. A bigger symbol would shrink the modules on a printed sheet
 * and cost more scanning distance than the extra correction buys.
 */
export type QrLevel = 'L' | 'M' | 'Q' | 'H';

export type QrCreate = (
  text: string,
  options: { errorCorrectionLevel: QrLevel; version?: number },
) => { modules: QrMatrix; version: number };

export interface ShareQr {
  matrix: QrMatrix;
  /** 1–40: the grid is 17 + 4 × version modules wide, before the quiet zone. */
  version: number;
  level: QrLevel;
}

export const QR_MIN_LEVEL: QrLevel = 'M';
const STRONGER: readonly QrLevel[] = ['H', 'Q'];

export function makeShareQr(create: QrCreate, text: string): ShareQr {
  const base = create(text, { errorCorrectionLevel: QR_MIN_LEVEL });
  for (const level of STRONGER) {
    try {
      const qr = create(text, { errorCorrectionLevel: level, version: base.version });
      return { matrix: qr.modules, version: qr.version, level };
    } catch {
      // qrcode throws when the text does not fit this version at this level: try a weaker one.
    }
  }
  return { matrix: base.modules, version: base.version, level: QR_MIN_LEVEL };
}
