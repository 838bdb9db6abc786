import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumExecutable } from '../test/e2e/support/browser';
import { startCaddy } from '../test/e2e/support/caddy';
import { freePort, startServer } from '../test/e2e/support/server';
import { cpuBlockingMs, mainThreadTasks, type CpuTask } from './cpu-blocking';

/** Where a citizen lands: the main routes (a tutorial step and a point stand for all of theirs). */
export const LIGHTHOUSE_ROUTES = [
  { name: 'home', path: '/' },
  { name: 'checker', path: '/kiem-tra' },
  { name: 'tutorial step', path: '/huong-dan/activate/otp' },
  { name: 'finder', path: '/diem' },
  { name: 'point', path: '/diem/hcm-cho-quan' },
] as const;

/** The browser's language: what `navigator.languages` and Accept-Language say. */
const BROWSERS = [
  { name: 'vi', lang: 'vi-VN', accept: 'vi-VN,vi' },
  { name: 'en', lang: 'en-US', accept: 'en-US,en' },
] as const;

export const LIGHTHOUSE_GOALS = { performance: 98, lcpMs: 1500, cls: 0, tbtMs: 100 };

interface Run {
  performance: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** TBT from the main thread's CPU time (cpu-blocking.ts): the page's own cost, without the host's waits. */
  cpuTbtMs: number;
}

/**
 * How the browser reaches the server: through Caddy (deploy/Caddyfile, HTTPS and HTTP/2, as every
 * deployment runs) or straight to Node (HTTP/1.1, plain). Lighthouse's slow-4G simulation replays
 * the requests as the protocol allows: over HTTP/1.1 at most six at a time per origin, each costing
 * its own round trip; over HTTP/2 all at once on one connection (after one more round trip for TLS).
 */
export type Via = 'caddy' | 'direct';

/** The production server, through Caddy or not; `url` is what the browser opens, `chromeArgs` what it needs to trust it. */
export async function startSite(via: Via): Promise<{ url: string; chromeArgs: string[]; stop(): Promise<void> }> {
  // Behind Caddy the server trusts its forwarded headers, as a deployment is told to (README):
  // without that the counts' same-origin check refuses the page's deliveries and Lighthouse waits out their retries.
  const server = await startServer(via === 'caddy' ? { env: { TRUST_PROXY: '127.0.0.1' } } : {});
  if (via === 'direct') return { url: server.url, chromeArgs: [], stop: () => server.stop() };
  try {
    const caddy = await startCaddy(`127.0.0.1:${server.port}`);
    return {
      url: caddy.url,
      // Certificates from this Caddy's local CA, and only those (test/e2e/support/caddy.ts).
      chromeArgs: [`--ignore-certificate-errors-spki-list=${caddy.spkiHashes.join(',')}`],
      stop: async () => {
        await caddy.stop();
        await server.stop();
      },
    };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/**
 * `npm run bench`: Lighthouse with its mobile defaults (simulated slow 4G, 4x CPU slowdown, Moto G
 * Power screen) against the production server, three fresh visits per route and browser language,
 * through Caddy (how a deployment serves it) and straight to Node ($LIGHTHOUSE_VIA picks one).
 * Lighthouse clears the origin's storage and service worker before each run: every run is a first visit.
 */
export async function benchLighthouse(opts: { runs?: number; routes?: readonly { name: string; path: string }[] } = {}): Promise<void> {
  const env = process.env.LIGHTHOUSE_VIA;
  const vias: Via[] = env === 'caddy' || env === 'direct' ? [env] : ['caddy', 'direct'];
  for (const via of vias) await benchVia(via, opts);
}

async function benchVia(via: Via, opts: { runs?: number; routes?: readonly { name: string; path: string }[] }): Promise<void> {
  const runs = opts.runs ?? 3;
  const routes = opts.routes ?? LIGHTHOUSE_ROUTES;
  const server = await startSite(via);
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(
    `lighthouse ${via === 'caddy' ? 'through Caddy (HTTPS, HTTP/2)' : 'straight to Node (HTTP/1.1)'}: mobile defaults, ${runs} runs each; ` +
      `min / median (goal: performance >= ${LIGHTHOUSE_GOALS.performance}, ` +
      `LCP <= ${LIGHTHOUSE_GOALS.lcpMs} ms, CLS ${LIGHTHOUSE_GOALS.cls}, TBT <= ${LIGHTHOUSE_GOALS.tbtMs} ms); load average ${loadAverage()}`,
  );
  print(
    `  ${'route'.padEnd(32)} ${'perf'.padStart(9)} ${'LCP ms'.padStart(11)} ${'CLS'.padStart(13)} ${'TBT ms'.padStart(11)} ${'TBT (CPU) ms'.padStart(13)}`,
  );
  try {
    for (const browser of BROWSERS) {
      const chrome = await launchChromium(browser.lang, browser.accept, server.chromeArgs);
      try {
        for (const route of routes) {
          const results: Run[] = [];
          for (let i = 0; i < runs; i++) results.push(await measure(`${server.url}${route.path}`, chrome.port));
          const pick = (k: keyof Run) => results.map((r) => r[k]).sort((a, b) => a - b);
          const fmt = (k: keyof Run, digits: number, width: number) => {
            const v = pick(k);
            return `${v[0]!.toFixed(digits)} / ${v[Math.floor((v.length - 1) / 2)]!.toFixed(digits)}`.padStart(width);
          };
          print(
            `  ${`${route.path} (${browser.name})`.padEnd(32)} ${fmt('performance', 0, 9)} ${fmt('lcpMs', 0, 11)} ${fmt('cls', 3, 13)} ${fmt('tbtMs', 0, 11)} ${fmt('cpuTbtMs', 0, 13)}`,
          );
        }
      } finally {
        await chrome.stop();
      }
    }
  } finally {
    await server.stop();
    print(`  load average at the end ${loadAverage()}`);
  }
}

/** The machine's 1-minute load average: Lighthouse's wall-clock figures are only as quiet as the machine. */
const loadAverage = () => loadavg()[0]!.toFixed(2);

/** One Lighthouse run, performance only, mobile defaults (the benches' one way to call it). */
export async function runLighthouse(url: string, port: number, extra: { additionalTraceCategories?: string } = {}) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], ...extra });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${result.lhr.runtimeError.message}`);
  return result;
}

async function measure(url: string, port: number): Promise<Run> {
  const { lhr, artifacts } = await runLighthouse(url, port);
  const value = (id: string) => {
    const v = lhr.audits[id]?.numericValue;
    if (typeof v !== 'number') throw new Error(`Lighthouse measured no ${id} on ${url}`);
    return v;
  };
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbtMs: value('total-blocking-time'),
    cpuTbtMs: cpuBlockingMs(
      mainThreadTasks<CpuTask>((artifacts as unknown as { Trace: { traceEvents: unknown[] } }).Trace).tasks,
      observedFirstPaint(lhr),
    ),
  };
}

/** When the page first painted in the run itself (not the simulation): where TBT starts counting. */
function observedFirstPaint(lhr: { audits: Record<string, { details?: unknown }> }): number {
  const items = (lhr.audits['metrics']?.details as { items?: { observedFirstContentfulPaint?: number }[] } | undefined)?.items;
  return items?.[0]?.observedFirstContentfulPaint ?? 0;
}

/** Debian's Chromium (or $CHROMIUM_PATH) in new headless mode, with the given browser language. */
export async function launchChromium(
  lang: string,
  accept: string,
  extraArgs: string[] = [],
): Promise<{ port: number; stop(): Promise<void> }> {
  const executable = chromiumExecutable();
  if (!executable) throw new Error('Lighthouse needs a Chromium binary: set CHROMIUM_PATH or install Debian chromium.');
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'vneid-lighthouse-'));
  const child: ChildProcess = spawn(
    executable,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--mute-audio',
      `--lang=${lang}`,
      `--accept-lang=${accept}`,
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      ...extraArgs,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err}`)), 30_000);
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      if (err.includes('DevTools listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code}:\n${err}`));
    });
  });
  return {
    port,
    stop: () =>
      new Promise<void>((done) => {
        const cleanup = () => {
          // Chromium's helpers may still be writing as it dies: retry (ENOTEMPTY ended a Caddy run once),
          // and never let a leftover temp folder end the bench (it did again after retries).
          try {
            rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
          } catch (e) {
            process.stderr.write(`lighthouse: left ${profile} behind (${(e as Error).message})\n`);
          }
          done();
        };
        if (child.exitCode !== null) return cleanup();
        child.once('exit', cleanup);
        child.kill('SIGKILL');
      }),
  };
}
