import { h, render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { PosterSheet, type PosterContent } from './poster-sheet';

/**
 * The sheet that gets printed lives in its own element directly under <body>: the print CSS then
 * shows only it (`body:has(> #poster-print-root) > :not(#poster-print-root)` hidden), whatever the
 * shell around the screen looks like. Removed when the screen closes, so other pages print normally.
 */
export const PRINT_ROOT_ID = 'poster-print-root';

export function usePrintRoot(content: PosterContent): void {
  const root = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const el = document.createElement('div');
    el.id = PRINT_ROOT_ID;
    document.body.append(el);
    root.current = el;
    return () => {
      render(null, el);
      el.remove();
      root.current = null;
    };
  }, []);
  useEffect(() => {
    if (root.current) render(h(PosterSheet, { content }), root.current);
  });
}
