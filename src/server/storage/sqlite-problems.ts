import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StartupError } from '../ops/startup-problem';

const codeOf = (e: unknown): string => String((e as { code?: unknown } | null)?.code ?? '');

/**
 * Makes DATA_DIR (and its parents) exist, one level at a time: `mkdirSync(..., {recursive: true})`
 * never returns for a folder under /proc. Says in one line what is wrong with it otherwise.
 */
export function ensureDataFolder(dir: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch (e) {
    if (codeOf(e) !== 'ENOENT') throw folderProblem(dir, e);
    const parent = dirname(dir);
    if (parent !== dir) ensureDataFolder(parent);
    try {
      mkdirSync(dir);
    } catch (e2) {
      if (codeOf(e2) !== 'EEXIST') throw folderProblem(dir, e2);
    }
    return;
  }
  if (!isFolder) throw new StartupError(`DATA_DIR ${dir}: is a file, not a folder; set DATA_DIR to a folder (created when missing).`);
}

function folderProblem(dir: string, e: unknown): StartupError {
  return new StartupError(
    `DATA_DIR ${dir}: cannot create or use this folder (${codeOf(e) || String(e)}); set DATA_DIR to a folder the server's user may write.`,
  );
}

/** What a SQLite error at opening means for the operator, naming the file. */
export function databaseProblem(file: string, e: unknown): Error {
  if (e instanceof StartupError) return e;
  const code = codeOf(e);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES')
    return new StartupError(
      `${file}: the database cannot be written (${code}); make it and DATA_DIR writable by the server's user, or check the disk is not mounted read-only.`,
    );
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return new StartupError(
      `${file}: not a database, or damaged (${code}); restore the last backup (README, "Backups") or move the file away to start empty.`,
    );
  if (code.startsWith('SQLITE_CANTOPEN'))
    return new StartupError(
      `${file}: cannot open the database (${code}); make DATA_DIR writable by the server's user, or check the disk is not mounted read-only.`,
    );
  if (code === 'SQLITE_FULL') return new StartupError(`${file}: the disk is full (${code}); free some space on it.`);
  if (code.startsWith('SQLITE_')) return new StartupError(`${file}: ${e instanceof Error ? e.message : String(e)} (${code})`);
  return e instanceof Error ? e : new Error(String(e));
}

/** A database written by a newer version of the server: this one must not touch it. */
export function newerSchemaProblem(file: string, found: number, known: number): StartupError {
  return new StartupError(
    `${file}: database schema ${found} is newer than this server's (${known}); run the newer server version, or restore a backup made by this one.`,
  );
}
