import { useEffect } from 'preact/hooks';

/**
 * Prints on A6 while the slip is on screen, and only then. A rule in the screen's own CSS would stay
 * in the document after leaving (lazy CSS is never removed) and fight the poster maker's A4, and
 * Chromium ignores @page in constructed style sheets; so a small static sheet (public/print-a6.css,
 * precached) is linked with the screen and unlinked when it closes.
 */
export function useA6Printing(): void {
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/print-a6.css';
    link.dataset.slipPrint = '';
    document.head.append(link);
    return () => link.remove();
  }, []);
}
