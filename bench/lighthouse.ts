import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumExecutable } from '../test/e2e/support/browser';
import { freePort, startServer } from '../test/e2e/support/server';

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
}

/**
 * `npm run bench`: Lighthouse with its mobile defaults (simulated slow 4G, 4x CPU slowdown, Moto G
 * Power screen) against the production server, three fresh visits per route and browser language.
 * Lighthouse clears the origin's storage and service worker before each run: every run is a first visit.
 */
export async function benchLighthouse(opts: { runs?: number; routes?: readonly { name: string; path: string }[] } = {}): Promise<void> {
  const runs = opts.runs ?? 3;
  const routes = opts.routes ?? LIGHTHOUSE_ROUTES;
  const server = await startServer();
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(
    `lighthouse: mobile defaults, ${runs} runs each; min / median (goal: performance >= ${LIGHTHOUSE_GOALS.performance}, ` +
      `LCP <= ${LIGHTHOUSE_GOALS.lcpMs} ms, CLS ${LIGHTHOUSE_GOALS.cls}, TBT <= ${LIGHTHOUSE_GOALS.tbtMs} ms)`,
  );
  print(`  ${'route'.padEnd(32)} ${'perf'.padStart(9)} ${'LCP ms'.padStart(11)} ${'CLS'.padStart(13)} ${'TBT ms'.padStart(9)}`);
  try {
    for (const browser of BROWSERS) {
      const chrome = await launchChromium(browser.lang, browser.accept);
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
            `  ${`${route.path} (${browser.name})`.padEnd(32)} ${fmt('performance', 0, 9)} ${fmt('lcpMs', 0, 11)} ${fmt('cls', 3, 13)} ${fmt('tbtMs', 0, 9)}`,
          );
        }
      } finally {
        await chrome.stop();
      }
    }
  } finally {
    await server.stop();
  }
}

/** One Lighthouse run, performance only, mobile defaults (the benches' one way to call it). */
export async function runLighthouse(url: string, port: number, extra: { additionalTraceCategories?: string } = {}) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], ...extra });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${result.lhr.runtimeError.message}`);
  return result;
}

async function measure(url: string, port: number): Promise<Run> {
  const { lhr } = await runLighthouse(url, port);
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
  };
}

/** Debian's Chromium (or $CHROMIUM_PATH) in new headless mode, with the given browser language. */
export async function launchChromium(lang: string, accept: string): Promise<{ port: number; stop(): Promise<void> }> {
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
          rmSync(profile, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null) return cleanup();
        child.once('exit', cleanup);
        child.kill('SIGKILL');
      }),
  };
}
