import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../core/i18n/languages';
import type { NoticeDoc } from '../../core/notices/notice';
import type { PrerenderedPage } from '../../core/prerender-map';
import type { RenderAnswer, RenderReady, RenderRequest } from './render-messages';

/** What a phone would load for a province right now: the newest published pack and the notices. */
export interface PointPageSources {
  /** The province's newest published pack (its version and signed JSON text), if any. */
  pack(province: string): Promise<{ version: number; text: string } | undefined>;
  /** The province's notices document as the server sends it to phones. */
  notices(province: string): Promise<NoticeDoc | undefined>;
}

/** A point's page, and the key it is kept under (same key, same markup). */
export interface LivePage extends PrerenderedPage {
  key: string;
}

export interface PointPages {
  /** The point's page for this browser now, or undefined: no such point, or no render in time (the app renders it). */
  page(id: string, lang: Lang, userAgent: string): Promise<LivePage | undefined>;
  close(): Promise<void>;
}

/** Renders waiting at once beyond which a page is sent without markup: the app renders it then. */
const MAX_WAITING = 8;
/** How long a request waits for its markup before the page goes without it. */
const RENDER_TIMEOUT_MS = 1500;

/**
 * Point pages rendered by the server when asked for (src/app/render-point.tsx on a worker thread,
 * render-worker.ts): a poster's QR code opens a point, and its text paints from the HTML instead of
 * after a dozen scripts and three data requests (issue 16: LCP ~2 s, all of it render delay).
 * A page is kept by what it shows: the point, language, iPhone or not, the pack's version, the
 * notices and the minute (hours say "open now"), so a busy poster costs one render a minute.
 * Anything that goes wrong (a worker that fails, a slow render) sends the page without markup,
 * as before this existed: never an error for the citizen.
 */
export function openPointPages(sources: PointPageSources, bundle: URL, workerFile: URL): PointPages {
  const kept = new Map<string, LivePage>();
  const waiting = new Map<number, (answer: RenderAnswer | undefined) => void>();
  let provinces: Promise<Record<string, string>> | undefined;
  let worker: Worker | undefined;
  let seq = 0;

  const start = (): Worker => {
    const w = new Worker(workerFile, { workerData: { bundle: bundle.href } });
    let ready!: (p: Record<string, string>) => void;
    provinces = new Promise((resolve) => (ready = resolve));
    w.on('message', (m: RenderAnswer | RenderReady) => {
      if ('provinces' in m) return ready(m.provinces);
      waiting.get(m.seq)?.(m);
      waiting.delete(m.seq);
    });
    const gone = () => {
      if (worker === w) worker = undefined;
      ready({});
      for (const settle of waiting.values()) settle(undefined);
      waiting.clear();
    };
    w.on('error', (e) => {
      console.error(`point pages: the render worker failed (${e.message}); pages go without markup until it restarts`);
      gone();
    });
    w.on('exit', gone);
    w.unref(); // an idle renderer never keeps the server from stopping
    return w;
  };

  const render = (request: Omit<RenderRequest, 'seq'>): Promise<PrerenderedPage | undefined> => {
    worker ??= start();
    const id = seq++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(undefined), RENDER_TIMEOUT_MS);
      const settle = (answer: RenderAnswer | undefined) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (answer && 'error' in answer) console.error(`point pages: ${request.id} (${request.lang}) did not render: ${answer.error}`);
        resolve(answer && 'page' in answer ? (answer.page ?? undefined) : undefined);
      };
      waiting.set(id, settle);
      worker!.postMessage({ seq: id, ...request } satisfies RenderRequest);
    });
  };

  return {
    async page(id, lang, userAgent) {
      worker ??= start();
      const province = (await provinces)?.[id];
      if (!province) return undefined;
      const [pack, notices] = await Promise.all([sources.pack(province), sources.notices(province)]);
      // Only what the page shows from the User-Agent: the directions link opens Apple Maps on an iPhone.
      const apple = /iPad|iPhone|iPod/.test(userAgent);
      // Kept by what shows: not by the document's time of writing, which changes every time.
      const shown = digest(JSON.stringify([notices?.notices, notices?.daysOff]));
      const minute = Math.floor(Date.now() / 60_000);
      const key = [id, lang, apple, pack?.version ?? 0, shown, minute].join('|');
      const hit = kept.get(key);
      if (hit) return hit;
      if (waiting.size >= MAX_WAITING) return undefined;
      const page = await render({
        id,
        lang,
        userAgent: apple ? 'iPhone' : '',
        packText: pack?.text,
        noticesText: notices && JSON.stringify(notices),
      });
      if (!page) return undefined;
      if (kept.size >= 1000) kept.clear(); // a minute's pages of a busy deployment; a bound all the same
      const live = { ...page, key };
      kept.set(key, live);
      return live;
    },
    async close() {
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}

const digest = (text: string) => createHash('sha1').update(text).digest('base64url').slice(0, 16);

/**
 * The compiled server's render bundle and worker (dist-server/, `npm run build`), or undefined
 * when the server runs from its sources or a build without them: pages then go without markup.
 */
export function builtPointPages(serverUrl: string): { bundle: URL; workerFile: URL } | undefined {
  if (serverUrl.endsWith('.ts')) return undefined;
  const bundle = new URL('./render/render-point.js', serverUrl);
  const workerFile = new URL('./point-render-worker.js', serverUrl);
  return existsSync(fileURLToPath(bundle)) && existsSync(fileURLToPath(workerFile)) ? { bundle, workerFile } : undefined;
}
