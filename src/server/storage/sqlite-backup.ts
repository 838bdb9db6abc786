import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHEMA_VERSION } from './sqlite-schema';

export const DATABASE_FILE = 'vneid-guide.sqlite';

/** A time stamp for file names: 2026-12-01T0512Z (sorts by time, no colons). */
export const stamp = (d = new Date()): string => d.toISOString().slice(0, 16).replace(':', '') + 'Z';

export interface BackupCheck {
  file: string;
  bytes: number;
  schema: number;
  batches: number;
  counted: number;
}

/**
 * An online, consistent copy of the SQLite database while the server runs: SQLite's backup API
 * copies a snapshot of the database (a batch is in the copy whole or not at all) while the server
 * goes on writing to its write-ahead log. Then checks the copy (`quick_check`) before saying it is done.
 */
export async function backupSqlite(dataDir: string, dest: string): Promise<BackupCheck> {
  const source = join(dataDir, DATABASE_FILE);
  if (!existsSync(source)) throw new Error(`${source}: no database to back up; set DATA_DIR to the server's data folder.`);
  if (existsSync(dest)) throw new Error(`${dest}: already exists; name another file, or move that one away.`);
  mkdirSync(dirname(dest), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // After the first step, the rest in one step: one read transaction, so writes by the server
    // in between cannot make the copy start over again and again.
    await db.backup(dest, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    db.close();
  }
  return checkBackup(dest);
}

/** Opens a backup read-only and checks it is whole and from this server's schema or an older one. */
export function checkBackup(file: string): BackupCheck {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new Error(`${file}: cannot open the backup (${(e as { code?: string }).code ?? String(e)}).`, { cause: e });
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file}: the backup is damaged (${String(check)}); use an older one.`);
    const schema = db.pragma('user_version', { simple: true }) as number;
    if (schema > SCHEMA_VERSION)
      throw new Error(
        `${file}: made by a newer server (schema ${schema}, this one knows ${SCHEMA_VERSION}); restore it with that version.`,
      );
    const batches = (db.prepare('SELECT COUNT(*) AS n FROM batches').get() as { n: number }).n;
    const counted = (db.prepare('SELECT COALESCE(SUM(n), 0) AS n FROM counts').get() as { n: number }).n;
    return { file, bytes: statSync(file).size, schema, batches, counted };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code?.startsWith('SQLITE_CORRUPT'))
      throw new Error(`${file}: not a database, or damaged (${code}).`, { cause: e });
    throw e;
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the server's database. The server must be stopped (refused otherwise:
 * a running server would go on writing to the file being replaced). The database it replaces is
 * kept beside it, renamed, never deleted.
 */
export function restoreSqlite(dataDir: string, backup: string): { restored: BackupCheck; keptAs: string | null } {
  const restored = checkBackup(backup);
  const target = join(dataDir, DATABASE_FILE);
  let keptAs: string | null = null;
  if (existsSync(target)) {
    refuseWhileInUse(target);
    keptAs = `${target}.replaced-${stamp()}`;
    for (const suffix of ['-wal', '-shm', '']) if (existsSync(target + suffix)) renameSync(target + suffix, keptAs + suffix);
  }
  mkdirSync(dataDir, { recursive: true });
  const partial = `${target}.restoring`;
  copyFileSync(backup, partial);
  renameSync(partial, target); // never a half-copied database under the server's file name
  return { restored, keptAs };
}

/** A running server keeps the database open: an exclusive lock is then refused at once. */
function refuseWhileInUse(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      throw new Error(`${file}: in use (the server is running); stop it, restore, then start it again.`, { cause: e });
    // A damaged database is what a restore is for: it is moved aside below.
    if (code !== 'SQLITE_NOTADB' && !code.startsWith('SQLITE_CORRUPT')) throw e;
  } finally {
    db.close();
  }
}
