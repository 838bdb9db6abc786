import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { serveArgs } from '../test/e2e/support/serve-command';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * The real server as `npm run serve` starts it (the compiled dist-server/main.js and its heap cap)
 * in its own Node process, on a free local port, once it answers /healthz. `env` comes on top of
 * this process's; `nodeFlags` go before the serve command's (a CPU profile). Output is dropped but
 * for errors. `args` replaces the serve command (the bare Hono server beside it).
 */
export async function spawnServer(
  env: NodeJS.ProcessEnv,
  nodeFlags: string[] = [],
  args: string[] = serveArgs(),
): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, ...args], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (i > 300) throw new Error('The server did not start');
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, child };
}

/** Ends the server and waits for it to exit (nothing to do if it already has). */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}
