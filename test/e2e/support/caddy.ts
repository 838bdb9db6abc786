import { spawn } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './server';

export interface RunningCaddy {
  /** The HTTPS address the browser uses ("https://localhost:PORT"). */
  url: string;
  /** Caddy's local certificate authority, which signed the certificate for localhost. */
  rootCa: string;
  /**
   * The base64 SHA-256 of the public keys of Caddy's local CA (root and intermediate), for Chromium's
   * --ignore-certificate-errors-spki-list: the browser then accepts certificates this CA signed, and
   * no others. (Playwright's ignoreHTTPSErrors is not enough: Chromium still refuses to install a
   * service worker from a site whose certificate it does not trust.)
   */
  spkiHashes: string[];
  stop(): Promise<void>;
}

/** Debian's caddy (`apt-get install caddy`; .ci/run installs it when missing), or $CADDY_PATH. */
function caddyExecutable(): string {
  const candidates = [process.env.CADDY_PATH, '/usr/bin/caddy', '/usr/local/bin/caddy'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No caddy found for the HTTPS proxy test: `sudo apt-get install -y caddy`, or set CADDY_PATH.');
  return found;
}

function spkiHash(pem: string): string {
  const der = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

/** Answers once Caddy serves HTTPS with a certificate from its own CA (a positive signal, no sleep). */
function answers(url: string, ca: string): Promise<boolean> {
  return new Promise((done) => {
    const req = request(url, { ca, method: 'HEAD', timeout: 2000 }, (res) => {
      res.resume();
      done((res.statusCode ?? 0) > 0);
    });
    req.on('error', () => done(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/**
 * Runs the shipped deploy/Caddyfile in front of `appAddress`, on free ports, with Caddy's state
 * (its local CA included) in a temporary folder and its admin endpoint off.
 */
export async function startCaddy(appAddress: string): Promise<RunningCaddy> {
  const home = mkdtempSync(join(tmpdir(), 'vneid-caddy-'));
  const [https, http] = [await freePort(), await freePort()];
  const url = `https://localhost:${https}`;
  const child = spawn(caddyExecutable(), ['run', '--config', resolve('deploy/Caddyfile'), '--adapter', 'caddyfile'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
      SITE_ADDRESS: url,
      APP_ADDRESS: appAddress,
      CADDY_ADMIN: 'off',
      CADDY_HTTPS_PORT: String(https),
      CADDY_HTTP_PORT: String(http),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const rootCaFile = join(home, 'data', 'caddy', 'pki', 'authorities', 'local', 'root.crt');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`caddy exited with ${child.exitCode}:\n${log}`);
    if (existsSync(rootCaFile)) {
      const rootCa = readFileSync(rootCaFile, 'utf8');
      if (await answers(url + '/', rootCa)) {
        const spkiHashes = ['root.crt', 'intermediate.crt'].map((name) => spkiHash(readFileSync(join(rootCaFile, '..', name), 'utf8')));
        return { url, rootCa, spkiHashes, stop };
      }
    }
    await new Promise((r) => setTimeout(r, 200)); // polling Caddy's start, not waiting for an effect
  }
  await stop();
  throw new Error(`caddy did not serve ${url} within 30 s:\n${log}`);
}
