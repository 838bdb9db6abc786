import type { QrMatrix } from '../../../core/share/qr-render';
import { QrImage } from '../../share/qr-image';

export type PosterFormat = 'a4' | 'a6';

/** Everything printed, already in the poster's language: the sheet is also rendered outside the app's tree. */
export interface PosterContent {
  format: PosterFormat;
  lang: 'vi' | 'en';
  title: string;
  message: string;
  link: string;
  /** The address for people who type it (no scheme, no tag). */
  address: string;
  matrix: QrMatrix | null;
  labels: { scan: string; orType: string; qr: string; hotline?: string; organizer?: string };
}

/**
 * One A4 sheet: a poster, or four A6 cards to cut out. Sized in millimetres so the preview, the
 * PDF and the paper match; the QR is the largest thing on the sheet.
 */
export function PosterSheet({ content }: { content: PosterContent }) {
  const cards = content.format === 'a6' ? [0, 1, 2, 3] : [0];
  return (
    <div class={`poster-sheet poster-${content.format}`} lang={content.lang}>
      {cards.map((i) => (
        // Cards 2–4 repeat the first: hidden from screen readers so the preview is read once.
        <div class="poster-unit" key={i} aria-hidden={i > 0 ? 'true' : undefined}>
          {content.labels.organizer && (
            <p class="poster-organizer" data-unit-name>
              {content.labels.organizer}
            </p>
          )}
          <p class="poster-title">{content.title}</p>
          {content.message && <p class="poster-message">{content.message}</p>}
          <div class="poster-qr-block">
            {content.matrix ? (
              <QrImage class="poster-qr" matrix={content.matrix} label={i > 0 ? '' : content.labels.qr} />
            ) : (
              <div class="poster-qr" />
            )}
            <p class="poster-scan">{content.labels.scan}</p>
            <p class="poster-address">
              {content.labels.orType} <span class="poster-url">{content.address}</span>
            </p>
          </div>
          {content.labels.hotline && <p class="poster-hotline">{content.labels.hotline}</p>}
        </div>
      ))}
    </div>
  );
}
