import { hrefFor, matchRoute, type RouteId } from '../routes';
import { shareLink, sharePath, shareRouteId, type ShareOptions } from './share-link';
import { LOCALITY_PARAM } from '../counts/localities';
import { SOURCE_TAG_PARAM } from './source-tag';

/**
 * Posters and cards (áp phích, thẻ) organizers print: what the QR opens and what is printed around it.
 * The target comes from a picker or from a typed path; either way it goes through the share-link
 * whitelist, so a poster can never carry more than a shared link can.
 */
export const POSTER_TARGET_KINDS = ['home', 'checker', 'guide', 'guideStep', 'place', 'path'] as const;
export type PosterTargetKind = (typeof POSTER_TARGET_KINDS)[number];

export interface PosterTarget {
  kind: PosterTargetKind;
  tutorial?: string;
  step?: string;
  point?: string;
  /** Kind 'path': a path typed by the organizer, e.g. "/diem?dv=level2". */
  path?: string;
}

/** Printed text stays short enough to read from across a corridor and to fit one A4 page. */
export const POSTER_TITLE_MAX = 90;
export const POSTER_MESSAGE_MAX = 300;

function routePath(id: RouteId, params: Record<string, string | undefined>): string | null {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    if (!v) return null;
    clean[k] = v.trim();
  }
  const match = matchRoute(hrefFor(id, clean));
  return match?.id === id ? match.path : null;
}

/**
 * The canonical path and query the poster's QR opens (no origin, no tag), or null when the target
 * is incomplete or is not a page of the guide.
 */
export function posterTargetPath(target: PosterTarget): string | null {
  switch (target.kind) {
    case 'home':
      return '/';
    case 'checker':
      return hrefFor('checker');
    case 'guide':
      return routePath('guide', { tutorial: target.tutorial });
    case 'guideStep':
      return routePath('guideStep', { tutorial: target.tutorial, step: target.step });
    case 'place':
      return routePath('place', { id: target.point });
    case 'path': {
      const typed = (target.path ?? '').trim();
      if (!typed.startsWith('/') || typed.startsWith('//')) return null;
      const [path = '/', query = ''] = typed.split('#')[0]!.split('?', 2);
      // An unknown path would silently become home: say so instead. The kiosk is never a target.
      if (!matchRoute(path) || shareRouteId(path) !== matchRoute(path)?.id) return null;
      return sharePath(path, query);
    }
  }
}

/** The full link the QR holds, with the source tag and language (invalid tags are dropped). */
export function posterLink(origin: string, target: PosterTarget, options: ShareOptions = {}): string | null {
  const path = posterTargetPath(target);
  if (path === null) return null;
  const [p = '/', q = ''] = path.split('?', 2);
  return shareLink(origin, p, q, options);
}

/**
 * The address printed under the QR for people who type it: no scheme, no source tag and no place
 * code (a typed visit is not a scan, and they would only be more to mistype).
 */
export function typedAddress(link: string): string {
  const [base = '', query = ''] = link.replace(/^https?:\/\//i, '').split('?', 2);
  const kept = query
    .split('&')
    .filter((pair) => pair && !pair.startsWith(`${SOURCE_TAG_PARAM}=`) && !pair.startsWith(`${LOCALITY_PARAM}=`));
  return kept.length ? `${base}?${kept.join('&')}` : base.replace(/\/$/, '');
}

/** File name for a downloaded QR: what it opens and for which tag, e.g. "qr-kiem-tra-chung-cu-a.png". */
export function qrFileName(link: string, extension: 'svg' | 'png'): string {
  const [base = '', query = ''] = link.replace(/^https?:\/\/[^/]+/i, '').split('?', 2);
  const tag = /(?:^|&)src=([a-z0-9-]+)/.exec(query)?.[1];
  const slug = [base.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'trang-chu', tag].filter(Boolean).join('-');
  return `qr-${slug}.${extension}`;
}
