import type { Lang } from '../../core/i18n/languages';
import type { PrerenderedPage } from '../../core/prerender-map';

/** Main thread → render worker: one point's page, with the data a phone would load for it now. */
export interface RenderRequest {
  seq: number;
  id: string;
  lang: Lang;
  packText?: string;
  noticesText?: string;
  userAgent: string;
}

/** Render worker → main thread: the page, nothing (no such point), or why it failed. */
export type RenderAnswer = { seq: number; page: PrerenderedPage | null } | { seq: number; error: string };

/** Render worker → main thread, once loaded: each point's province (point id → province id). */
export interface RenderReady {
  provinces: Record<string, string>;
}
