/**
 * Every screen's short, stable URL. Posters and kiosks print these as QR codes, so a path, once
 * published, is never changed: a rename adds the old path to ALIASES instead.
 * Paths are lower-case ASCII Vietnamese (short for small QR codes, readable when spoken aloud).
 */
export const ROUTES = {
  home: '/',
  checker: '/kiem-tra', // answers in the query: ?a=...
  guides: '/huong-dan',
  guide: '/huong-dan/:tutorial',
  guideStep: '/huong-dan/:tutorial/:step',
  places: '/diem', // ?dv=<service> filter, ?q=<place name>
  place: '/diem/:id',
  posters: '/ap-phich',
  privacy: '/rieng-tu',
  about: '/gioi-thieu',
  settings: '/cai-dat',
  kiosk: '/kiosk',
  volunteer: '/tinh-nguyen',
  readiness: '/dien-thoai', // "is this phone ready?"
  slip: '/mang-theo', // the "bring this" slip: ?a=<answers> or ?diem=<point id>
} as const;

export type RouteId = keyof typeof ROUTES;

/** Old or alternative paths that must keep working: alias → current path (same parameters). */
export const ALIASES: Readonly<Record<string, string>> = {
  '/index.html': '/',
  '/check': '/kiem-tra',
  '/kiemtra': '/kiem-tra',
  '/guides': '/huong-dan',
  '/huongdan': '/huong-dan',
  '/places': '/diem',
  '/diem-dang-ky': '/diem',
  '/about': '/gioi-thieu',
  '/settings': '/cai-dat',
  '/privacy': '/rieng-tu',
  '/posters': '/ap-phich',
};

export interface RouteMatch {
  id: RouteId;
  params: Record<string, string>;
  /** The canonical path (after aliases and trailing-slash clean-up). */
  path: string;
}

const SEGMENT = /^[a-z0-9][a-z0-9-_.]{0,63}$/i;

/**
 * Finds the screen for a path. Unknown paths give null (the app shows "page not found" with a way
 * home). Parameters are limited to short id-like segments, so a hostile URL never reaches a screen.
 */
export function matchRoute(rawPath: string): RouteMatch | null {
  let path = rawPath.split(/[?#]/)[0] ?? '/';
  if (path.length > 1) path = path.replace(/\/+$/, '');
  path = path.toLowerCase();
  for (const [from, to] of Object.entries(ALIASES)) {
    if (path === from || path.startsWith(from + '/')) {
      path = to + path.slice(from.length);
      break;
    }
  }
  if (path === '') path = '/';
  const parts = path.split('/').filter(Boolean);
  for (const [id, pattern] of Object.entries(ROUTES) as [RouteId, string][]) {
    const want = pattern.split('/').filter(Boolean);
    if (want.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = want.every((seg, i) => {
      const got = parts[i] ?? '';
      if (seg.startsWith(':')) {
        let value: string;
        try {
          value = decodeURIComponent(got);
        } catch {
          return false;
        }
        if (!SEGMENT.test(value)) return false;
        params[seg.slice(1)] = value;
        return true;
      }
      return seg === got;
    });
    if (ok) return { id, params, path };
  }
  return null;
}

/** Builds a screen's path from its id and parameters (encoded), plus an optional query. */
export function hrefFor(id: RouteId, params: Record<string, string> = {}, query?: Record<string, string | undefined>): string {
  const path = ROUTES[id].replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`hrefFor(${id}): missing parameter ${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') search.set(k, v);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
