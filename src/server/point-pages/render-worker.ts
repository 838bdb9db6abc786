import { parentPort, workerData } from 'node:worker_threads';
import { standInForTheBrowser } from './browser-stand-ins';
import type { PrerenderedPage } from '../../core/prerender-map';
import type { RenderAnswer, RenderReady, RenderRequest } from './render-messages';

/**
 * The thread that renders point pages (point-page-renderer.ts): it loads the app's server build
 * (dist-server/render/render-point.js, made from src/app/render-point.tsx with the app's own
 * content and components) and renders one page a message. A render is a few milliseconds of CPU
 * that would otherwise hold up the server's main thread and every count batch behind it.
 */
standInForTheBrowser();
interface RenderModule {
  renderPointPage(r: Omit<RenderRequest, 'seq'>): Promise<PrerenderedPage | undefined>;
  pointProvinces(): Promise<Record<string, string>>;
}
const { bundle } = workerData as { bundle: string };
const app = (await import(bundle)) as RenderModule;
// Which province each point is in, as the app finds it: the main thread asks for a province's pack only.
parentPort!.postMessage({ provinces: await app.pointProvinces() } satisfies RenderReady);

parentPort!.on('message', (m: RenderRequest) => {
  const { seq, ...request } = m;
  app.renderPointPage(request).then(
    (page) => parentPort!.postMessage({ seq, page: page ?? null } satisfies RenderAnswer),
    (e: unknown) => parentPort!.postMessage({ seq, error: e instanceof Error ? e.message : String(e) } satisfies RenderAnswer),
  );
});
