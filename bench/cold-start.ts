import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveArgs } from '../test/e2e/support/serve-command';
import { percentile } from './counts-load';

/**
 * Cold start of the server (decision 0037): spawn → first 200 on GET /healthz (the database took
 * its probe write, so the count store's worker is up), and the process's RSS then and 2 s later.
 * The compiled server (`npm run serve`) beside the same sources through tsx, runs interleaved,
 * medians of `runs`. `npx tsx bench/cold-start.ts` or `npm run bench -- cold`.
 */
const VARIANTS: [string, () => string[]][] = [
  ['through tsx (before)', () => ['--max-old-space-size=192', '--import', 'tsx', 'src/server/main.ts']],
  ['compiled (npm run serve)', () => serveArgs()],
];

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

const healthy = (port: number) =>
  new Promise<boolean>((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/healthz' }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
  });

async function once(args: string[], port: number): Promise<{ ms: number; rss: number; rssLater: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ORGANIZER_NAME: '', ORGANIZER_PASSWORD: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    while (!(await healthy(port))) {
      if (child.exitCode !== null) throw new Error('the server exited');
      if (performance.now() - t0 > 30_000) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 2));
    }
    const ms = performance.now() - t0;
    const rss = rssMb(child.pid!);
    await new Promise((r) => setTimeout(r, 2000));
    return { ms, rss, rssLater: rssMb(child.pid!) };
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchColdStart(runs = 5, port = 4391): Promise<void> {
  const results = new Map<string, { ms: number; rss: number; rssLater: number }[]>(VARIANTS.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) for (const [name, args] of VARIANTS) results.get(name)!.push(await once(args(), port));
  for (const [name, r] of results) {
    const med = (f: (x: { ms: number; rss: number; rssLater: number }) => number) => percentile(r.map(f), 50);
    console.log(
      `  ${name.padEnd(26)} spawn → first 200 on /healthz: median ${med((x) => x.ms).toFixed(0)} ms (${r.map((x) => x.ms.toFixed(0)).join(', ')}); RSS then ${med((x) => x.rss).toFixed(0)} MB, 2 s later ${med((x) => x.rssLater).toFixed(0)} MB (medians of ${runs})`,
    );
  }
  console.log(
    `  (load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} at the end)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchColdStart();
