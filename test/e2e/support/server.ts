import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveArgs } from './serve-command';

export interface RunningServer {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the real server in its own process as `npm run serve` does (the compiled dist-server/main.js,
 * see serve-command.ts), for tests that must stop or restart it (offline, updates, crash recovery).
 * Resolves once it prints its URL.
 */
export function startServer(opts: { port?: number; distDir?: string; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, serveArgs(), {
    cwd: resolve('.'),
    env: {
      ...process.env,
      PORT: String(opts.port ?? 0),
      HOST: '127.0.0.1',
      DIST_DIR: opts.distDir ?? resolve('dist'),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'vneid-data-')),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /running at (http:\/\/localhost:(\d+)\/)/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      const port = Number(m[2]);
      resolvePromise({
        url: `http://localhost:${port}`,
        port,
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** A private copy of the build, for tests that change it (a new service worker version). */
export function copyOfBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vneid-dist-'));
  cpSync(resolve('dist'), dir, { recursive: true });
  return dir;
}

/** A free port number, for a server that must come back on the same origin. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}
