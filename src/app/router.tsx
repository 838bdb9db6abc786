import { createContext, type ComponentChildren, type JSX } from 'preact';
import { createListeners } from '../core/listeners';
import type { RouteId } from '../core/routes';

/**
 * Client-side navigation on the History API: every screen has a real URL (posters' QR codes open
 * them directly) and back/forward work. The only code that touches window.history.
 */
export interface CurrentRoute {
  id: RouteId | null;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Canonical path of the screen (aliases resolved). */
  path: string;
}

const listeners = createListeners();
const notify = () => listeners.notify();
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

export function navigate(href: string, opts: { replace?: boolean } = {}): void {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin) {
    location.assign(url.href);
    return;
  }
  const same = url.pathname + url.search === location.pathname + location.search;
  if (opts.replace || same) history.replaceState(null, '', url.pathname + url.search + url.hash);
  else history.pushState(null, '', url.pathname + url.search + url.hash);
  notify();
}

/** Calls the listener whenever the URL changes (navigate or back/forward); returns an unsubscribe. */
export const onLocationChange = listeners.add;

export const RouteContext = createContext<CurrentRoute>({
  id: null,
  params: {},
  query: new URLSearchParams(),
  path: '/',
});

type AnchorProps = JSX.HTMLAttributes<HTMLAnchorElement> & { href: string; children?: ComponentChildren };

/** A real link (works without JavaScript, can be opened in a new tab) with in-app navigation. */
export function Link({ href, onClick, ...rest }: AnchorProps) {
  return (
    <a
      href={href}
      onClick={(e) => {
        if (typeof onClick === 'function') onClick(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        const url = new URL(href, location.href);
        if (url.origin !== location.origin) return;
        e.preventDefault();
        navigate(href);
      }}
      {...rest}
    />
  );
}
