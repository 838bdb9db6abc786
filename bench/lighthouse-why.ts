import { launchChromium, LIGHTHOUSE_ROUTES, runLighthouse, startSite } from './lighthouse';

/**
 * `npx tsx bench/lighthouse-why.ts [--caddy] [vi|en] [route name…]`: one Lighthouse run (mobile defaults) per
 * route, printing what its LCP is made of: the element, Lighthouse's phases (simulated), FCP, and
 * the requests that finished before the observed LCP (the ones the simulation replays on slow 4G).
 */
const args = process.argv.slice(2).filter((a) => a !== '--caddy');
const via = process.argv.includes('--caddy') ? 'caddy' : 'direct';
const lang = args[0] === 'en' ? { lang: 'en-US', accept: 'en-US,en' } : { lang: 'vi-VN', accept: 'vi-VN,vi' };
const wanted = args.slice(1);
const routes = LIGHTHOUSE_ROUTES.filter((r) => !wanted.length || wanted.some((w) => r.name.includes(w)));
const server = await startSite(via);
const chrome = await launchChromium(lang.lang, lang.accept, server.chromeArgs);
try {
  for (const route of routes) {
    const { lhr } = await runLighthouse(`${server.url}${route.path}`, chrome.port);
    const a = lhr.audits;
    const num = (id: string) => Math.round(a[id]?.numericValue ?? NaN);
    console.log(
      `\n== ${route.path} (${lang.lang}) perf ${Math.round((lhr.categories.performance?.score ?? 0) * 100)} FCP ${num('first-contentful-paint')} LCP ${num('largest-contentful-paint')} TBT ${num('total-blocking-time')} CLS ${a['cumulative-layout-shift']?.numericValue}`,
    );
    const details = a['largest-contentful-paint-element']?.details as { items?: { items?: Record<string, unknown>[] }[] } | undefined;
    for (const table of details?.items ?? []) {
      for (const row of table.items ?? []) {
        const node = row.node as { snippet?: string; selector?: string; boundingRect?: { width: number; height: number } } | undefined;
        if (node)
          console.log(`  element ${node.selector} ${node.boundingRect?.width}x${node.boundingRect?.height} ${node.snippet?.slice(0, 120)}`);
        else console.log(`  ${String(row.phase).padEnd(14)} ${Math.round(Number(row.timing))} ms`);
      }
    }
    const metrics = (a['metrics']?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0];
    const observedLcp = metrics?.observedLargestContentfulPaint ?? 0;
    const observedStart = metrics?.observedNavigationStart ?? 0;
    console.log(`  observed: FCP ${Math.round(metrics?.observedFirstContentfulPaint ?? 0)} LCP ${Math.round(observedLcp)} ms`);
    const reqs = (a['network-requests']?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
    for (const r of reqs) {
      const end = Number(r.networkEndTime);
      const mark = end <= observedLcp ? '*' : ' ';
      console.log(
        `  ${mark} ${String(Math.round(Number(r.networkRequestTime))).padStart(5)}–${String(Math.round(end)).padStart(5)} ${String(r.transferSize).padStart(6)} B ${String(r.priority).padEnd(8)} ${String(r.url).replace(server.url, '')}`,
      );
    }
    void observedStart;
    // What blocks the main thread (TBT): Lighthouse's long tasks (simulated durations) and each script's cost.
    const longTasks = (a['long-tasks']?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
    for (const t of longTasks)
      console.log(
        `  long task ${String(Math.round(Number(t.startTime))).padStart(5)} +${Math.round(Number(t.duration))} ms ${String(t.url).replace(server.url, '')}`,
      );
    const bootup = (a['bootup-time']?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
    for (const b of bootup)
      console.log(
        `  script ${String(b.url).replace(server.url, '')}: total ${Math.round(Number(b.total))} ms, eval ${Math.round(Number(b.scripting))} ms, parse ${Math.round(Number(b.scriptParseCompile))} ms`,
      );
  }
} finally {
  await chrome.stop();
  await server.stop();
}
