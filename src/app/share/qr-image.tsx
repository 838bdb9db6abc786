import { qrExtent, qrPath, type QrMatrix } from '../../core/share/qr-render';

/**
 * A QR symbol as inline SVG: sharp at any size, on screen and on paper. Always black on white with
 * its quiet zone, whatever the page's theme or contrast setting: scanners need exactly that.
 */
export function QrImage({ matrix, label, class: className }: { matrix: QrMatrix; label: string; class?: string }) {
  const n = qrExtent(matrix);
  return (
    <svg
      class={className}
      viewBox={`0 0 ${n} ${n}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
      data-qr-version={(matrix.size - 17) / 4}
    >
      <path fill="#fff" d={`M0 0h${n}v${n}H0z`} />
      <path fill="#000" d={qrPath(matrix)} />
    </svg>
  );
}
