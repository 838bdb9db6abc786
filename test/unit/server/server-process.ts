import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ServerProcess {
  /** Resolves with the port once the server says it is running. */
  port: Promise<number>;
  exited: Promise<number | null>;
  stderr(): string;
  /** SIGTERM, then waits for the exit; removes the tiny build. */
  stop(): Promise<number | null>;
}

/** The real server (src/server/main.ts) in its own process, with a one-file build, as an operator starts it. */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const dist = mkdtempSync(join(tmpdir(), 'vneid-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title>');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: resolve('.'),
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DIST_DIR: dist, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const port = new Promise<number>((done, fail) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at http:\/\/localhost:(\d+)\//.exec(out);
      if (m) done(Number(m[1]));
    });
    child.once('exit', () => fail(new Error(`exited before starting:\n${err}`)));
  });
  port.catch(() => undefined);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    port,
    exited,
    stderr: () => err,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await exited;
      rmSync(dist, { recursive: true, force: true });
      return code;
    },
  };
}
