import { join, resolve } from 'node:path';
import { isPostgresUrl } from './storage/postgres-db';
import { defaultDataDir } from './storage/sqlite-db';
import { backupSqlite, restoreSqlite, stamp } from './storage/sqlite-backup';

/**
 * `npm run backup [-- FILE]`: an online, consistent copy of the SQLite database while the server
 * runs (default: BACKUP_DIR, else ./backups, named by the time). `npm run backup -- restore FILE`
 * puts a backup back (server stopped). PostgreSQL (DATABASE_URL) is backed up with its own tools:
 * the message says which. README, "Backups".
 */
const PG_ADVICE =
  'DATABASE_URL is PostgreSQL: back it up with its own tools, e.g. pg_dump --format=custom --file=vneid-guide.dump "$DATABASE_URL" ' +
  '(restore: pg_restore --clean --if-exists --dbname="$DATABASE_URL" vneid-guide.dump), or continuous archiving from the replica; README, "Backups".';

async function main(args: string[]): Promise<string> {
  if (isPostgresUrl(process.env.DATABASE_URL)) throw new Error(PG_ADVICE);
  const dataDir = defaultDataDir();
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (args[0] === 'restore') {
    if (!args[1]) throw new Error('Usage: npm run backup -- restore FILE (with the server stopped)');
    const { restored, keptAs } = restoreSqlite(dataDir, resolve(args[1]));
    return (
      `Restored ${restored.file} (${restored.batches} batches, ${restored.counted} counted) into ${join(dataDir, 'vneid-guide.sqlite')}` +
      (keptAs ? `; the database it replaced is kept as ${keptAs}.` : '.')
    );
  }
  if (args.length > 1) throw new Error('Usage: npm run backup [-- FILE]   or   npm run backup -- restore FILE');
  const dest = resolve(args[0] ?? join(process.env.BACKUP_DIR || './backups', `vneid-guide-${stamp()}.sqlite`));
  const done = await backupSqlite(dataDir, dest);
  return `Backed up to ${done.file}: ${mb(done.bytes)}, ${done.batches} batches, ${done.counted} counted, checked whole.`;
}

main(process.argv.slice(2)).then(
  (line) => console.log(line),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
