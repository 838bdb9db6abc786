import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster for tests and the bench: Debian's `postgresql` package
 * (`.ci/run` installs it), initdb + pg_ctl in a temp folder, on a free port of 127.0.0.1,
 * removed by `stop()`. PostgreSQL refuses to run as root, so as root the cluster runs as the
 * `postgres` user the package creates (or `nobody` when it is missing).
 */
export interface PostgresCluster {
  /** postgres://…/postgres: the admin database, for CREATE DATABASE. */
  adminUrl: string;
  /** URL of a database on this cluster. */
  urlFor(database: string): string;
  stop(): void;
}

export function postgresBinDir(): string {
  const env = process.env.POSTGRES_BIN;
  if (env) return env;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'pg_ctl'))) return join(root, v, 'bin');
  throw new Error(
    'PostgreSQL is not installed: `apt-get install -y postgresql` (Debian), or set POSTGRES_BIN to the folder with initdb and pg_ctl.',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The user the server runs as: ourselves, unless we are root. */
function runAsUser(): string | null {
  if (userInfo().uid !== 0) return null;
  const has = (name: string) => spawnSync('id', ['-u', name], { stdio: 'ignore' }).status === 0;
  return has('postgres') ? 'postgres' : 'nobody';
}

export interface StartOptions {
  /**
   * true: PostgreSQL's own durable defaults (fsync, synchronous commit), for honest benchmark
   * figures. false (tests): no disk flushes, a throwaway cluster needs none.
   */
  durable?: boolean;
}

export async function startPostgres(options: StartOptions = {}): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const user = runAsUser();
  const dir = mkdtempSync(join(tmpdir(), 'vneid-pg-'));
  const data = join(dir, 'data');
  if (user) {
    const uid = Number(execFileSync('id', ['-u', user]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', user]).toString().trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = user ? ['runuser', ['-u', user, '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(file, argv, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  // C locale: text sorts byte by byte as in SQLite; trust: only 127.0.0.1 and our own socket folder.
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--locale=C', '--encoding=UTF8', '--no-sync']);
  const port = await freePort();
  const opts = [
    `-p ${port}`,
    `-k ${dir}`, // Unix socket in the temp folder, not /var/run/postgresql
    "-c listen_addresses='127.0.0.1'",
    '-c max_connections=200',
    // A throwaway test cluster: durability is PostgreSQL's own business, not what the tests check.
    ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    adminUrl: `${base}/postgres`,
    urlFor: (db) => `${base}/${db}`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
