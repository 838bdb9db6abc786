import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

// The real server (src/server/main.ts) in its own process, started the way an operator would,
// with the configuration mistakes and bad days they meet.

const tmp = tempDir;

function tinyBuild(): string {
  const dist = tmp('vneid-dist-');
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title>');
  return dist;
}

interface Run {
  code: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the port once the server says it is running. */
  started: Promise<number>;
  kill(signal: NodeJS.Signals): void;
}

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: resolve('.'),
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DIST_DIR: tinyBuild(), DATA_DIR: tmp('vneid-data-'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const started = new Promise<number>((done, fail) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at http:\/\/localhost:(\d+)\//.exec(out);
      if (m) done(Number(m[1]));
    });
    child.once('exit', () => fail(new Error(`exited before starting:\n${err}`)));
  });
  started.catch(() => undefined);
  return {
    code: new Promise((done) => child.once('exit', (code) => done(code))),
    stdout: () => out,
    stderr: () => err,
    started,
    kill: (signal) => child.kill(signal),
  };
}

/** Starts the server with `env`; expects it to stop at once with exit code 1 and one line. */
async function refusesToStart(env: Record<string, string>): Promise<string> {
  const r = run(env);
  expect(await r.code).toBe(1);
  const lines = r.stderr().trimEnd().split('\n');
  expect(lines, r.stderr()).toHaveLength(1);
  return lines[0]!;
}

describe('start-up problems: one line naming the thing and the fix', () => {
  it('a port already taken', async () => {
    const other = createServer();
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const { port } = other.address() as { port: number };
    try {
      expect(await refusesToStart({ PORT: String(port) })).toBe(
        `PORT ${port}: another program is listening there already; stop it, or set PORT to a free port.`,
      );
    } finally {
      other.close();
    }
  }, 60_000);

  it('a host name that does not resolve', async () => {
    expect(await refusesToStart({ HOST: 'no-such-host.invalid' })).toMatch(
      /^HOST no-such-host\.invalid: not an address of this machine; set HOST/,
    );
  }, 60_000);

  it('DATA_DIR that is a file, or cannot be made (under /proc: this used to hang for ever)', async () => {
    const file = join(tmp('vneid-'), 'a-file');
    writeFileSync(file, 'x');
    expect(await refusesToStart({ DATA_DIR: file })).toBe(
      `DATA_DIR ${file}: is a file, not a folder; set DATA_DIR to a folder (created when missing).`,
    );
    expect(await refusesToStart({ DATA_DIR: '/proc/x' })).toMatch(
      /^DATA_DIR \/proc\/x: cannot create or use this folder \(ENOENT\); set DATA_DIR to a folder/,
    );
  }, 60_000);

  it('a damaged database, and one from a newer server, named by file', async () => {
    const damaged = tmp('vneid-data-');
    writeFileSync(join(damaged, 'vneid-guide.sqlite'), Buffer.alloc(8192, 7));
    expect(await refusesToStart({ DATA_DIR: damaged })).toBe(
      `${join(damaged, 'vneid-guide.sqlite')}: not a database, or damaged (SQLITE_NOTADB); restore the last backup (README, "Backups") or move the file away to start empty.`,
    );
    const newer = tmp('vneid-data-');
    new Database(join(newer, 'vneid-guide.sqlite')).pragma('user_version = 99');
    expect(await refusesToStart({ DATA_DIR: newer })).toMatch(
      /vneid-guide\.sqlite: database schema 99 is newer than this server's \(\d+\); run the newer/,
    );
  }, 60_000);

  it('a database that cannot be written', async (ctx) => {
    const dir = tmp('vneid-data-');
    const first = run({ DATA_DIR: dir });
    await first.started;
    first.kill('SIGTERM');
    expect(await first.code).toBe(0);
    // Root writes whatever the file modes say: make the folder read-only for real, with a mount.
    if (process.getuid?.() === 0) {
      try {
        execFileSync('mount', ['--bind', '-o', 'ro', dir, dir]);
        execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
      } catch {
        return ctx.skip(); // no mount in this container: nothing can make a folder read-only for root
      }
    } else execFileSync('chmod', ['-R', 'a-w', dir]);
    try {
      expect(await refusesToStart({ DATA_DIR: dir })).toMatch(
        /vneid-guide\.sqlite: (the database cannot be written|cannot open the database) \(SQLITE_[A-Z_]+\); make (it and )?DATA_DIR writable/,
      );
    } finally {
      if (process.getuid?.() === 0) execFileSync('umount', [dir]);
    }
  }, 60_000);

  it('a mistyped TRUST_PROXY', async () => {
    expect(await refusesToStart({ TRUST_PROXY: 'yes' })).toMatch(/^TRUST_PROXY: found "yes", expected a number of proxies/);
  }, 60_000);
});

describe('a running server on bad days', () => {
  it('stops within the drain time on SIGTERM, even with an upload trickling in', async () => {
    const r = run({ SHUTDOWN_DRAIN_SECONDS: '1' });
    const port = await r.started;
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise<void>((done) => socket.once('connect', done));
    socket.write('POST /api/counts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{');
    const trickle = setInterval(() => socket.write(' '), 200);
    const asked = Date.now();
    r.kill('SIGTERM');
    const code = await r.code;
    clearInterval(trickle);
    socket.destroy();
    expect(code).toBe(0);
    expect(Date.now() - asked).toBeLessThan(15_000); // it used to wait up to 300 s
    expect(r.stdout()).toMatch(/cut off/);
  }, 60_000);

  it('logs uploads cut off by the client as one counted line, not a stack per upload', async () => {
    const r = run({});
    const port = await r.started;
    for (let i = 0; i < 5; i++) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      await new Promise<void>((done) => socket.once('connect', done));
      socket.write('POST /api/counts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"batchId":"');
      await new Promise<void>((done) => {
        socket.once('close', () => done());
        setTimeout(() => socket.resetAndDestroy(), 50);
      });
    }
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    r.kill('SIGTERM');
    await r.code;
    const lines = r.stderr().trimEnd().split('\n');
    expect(lines.length, r.stderr()).toBeLessThanOrEqual(3);
    expect(lines[0]).toMatch(/^A client cut off its request while sending it \(POST \/api\/counts, ECONNRESET\)/);
    expect(r.stderr()).not.toMatch(/^\s+at /m);
  }, 60_000);
});
