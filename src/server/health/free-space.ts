import { statfs } from 'node:fs/promises';

/** Bytes the server's user may still write on the disk holding `dir`, or null when it cannot be read. */
export async function freeBytes(dir: string): Promise<number | null> {
  try {
    const s = await statfs(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}
