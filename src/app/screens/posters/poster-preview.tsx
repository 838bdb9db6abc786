import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShareQr } from '../../../core/share/qr-make';
import type { Translate } from '../../i18n';
import { PosterSheet, type PosterContent } from './poster-sheet';
import { downloadPng, downloadSvg } from './qr-download';

const SHEET_WIDTH_PX = 793.7; // 210 mm at the CSS 96 px per inch

/**
 * The preview (the sheet scaled down to the column's width) and the actions: print, and the QR as
 * SVG and PNG. Actions wait for a valid target: there is nothing to print without a QR.
 */
export function PosterPreview({ content, qr, t }: { content: PosterContent; qr: ShareQr | null; t: Translate }) {
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.4);
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const fit = () => setScale(Math.min(1, el.clientWidth / SHEET_WIDTH_PX));
    fit();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  const ready = qr !== null && content.link !== '';
  return (
    <section class="poster-preview-section" aria-labelledby="poster-preview-title">
      <h2 id="poster-preview-title">{t('share.posters.preview')}</h2>
      {ready && (
        <p class="poster-link-line" data-qr-link={content.link}>
          {t('share.posters.link', { link: content.link })}
        </p>
      )}
      <div class="poster-actions">
        <button type="button" class="button" disabled={!ready} data-action="print-poster" onClick={() => window.print()}>
          {t('share.posters.print')}
        </button>
        <button
          type="button"
          class="button button-secondary"
          data-action="download-svg"
          disabled={!ready}
          onClick={() => qr && downloadSvg(qr.matrix, content.link)}
        >
          {t('share.posters.downloadSvg')}
        </button>
        <button
          type="button"
          class="button button-secondary"
          data-action="download-png"
          disabled={!ready}
          onClick={() => qr && void downloadPng(qr.matrix, content.link).catch(() => undefined)}
        >
          {t('share.posters.downloadPng')}
        </button>
      </div>
      <p class="hint">{t('share.posters.printHint')}</p>
      <div class="poster-preview-frame" ref={frame} style={{ height: `${Math.ceil(297 * 3.7795 * scale)}px` }}>
        <div class="poster-preview-scaled" style={{ transform: `scale(${scale})` }}>
          <PosterSheet content={content} />
        </div>
      </div>
    </section>
  );
}
