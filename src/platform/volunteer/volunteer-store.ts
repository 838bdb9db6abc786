import type { DBSchema } from 'idb';
import { databaseOpener } from '../database-opener';
import { addDays, localDay } from '../../core/counts/dimensions';
import { addTally, DAYS_KEPT, emptyDay, readDayTotal, undoLastTally, type DayTotal } from '../../core/volunteer/day-total';
import { checkTeamCode, checkTeamLocality, type VolunteerTeam } from '../../core/volunteer/team-code';
import type { Tally } from '../../core/volunteer/tally';

/**
 * A volunteer's phone (tình nguyện viên): the team it counts for, and each day's tally totals, in
 * IndexedDB so days offline lose nothing. Sums per day only: no visit has a time, a place or a
 * name. The anonymous counts that reach the organizers go through the counts pipeline (the
 * screen calls count()); this store is what the volunteer sees ("12 hộ, 7 đã kích hoạt").
 */
interface VolunteerSchema extends DBSchema {
  team: { key: string; value: VolunteerTeam };
  days: { key: string; value: DayTotal };
}

export const VOLUNTEER_DB = 'vneid-volunteer';
const TEAM_KEY = 'current';
const db = databaseOpener<VolunteerSchema>(VOLUNTEER_DB, 1, (d) => {
  d.createObjectStore('team');
  d.createObjectStore('days', { keyPath: 'day' });
});

export async function readTeam(): Promise<VolunteerTeam | undefined> {
  try {
    const team = await (await db()).get('team', TEAM_KEY);
    if (!team) return undefined;
    // Read back through the same checks as typed input: a damaged record is not trusted.
    const code = checkTeamCode(String(team.code));
    const locality = checkTeamLocality(String(team.locality ?? ''));
    return code.ok && locality.ok ? { code: code.code, locality: locality.locality } : undefined;
  } catch {
    return undefined;
  }
}

export async function saveTeam(team: VolunteerTeam): Promise<void> {
  await (await db()).put('team', { code: team.code, locality: team.locality }, TEAM_KEY);
}

/** Leaving volunteer mode: the team and every day's totals go. */
export async function forgetVolunteer(): Promise<void> {
  const d = await db();
  const tx = d.transaction(['team', 'days'], 'readwrite');
  await Promise.all([tx.objectStore('team').clear(), tx.objectStore('days').clear(), tx.done]);
}

/** Adds one visit to today's totals (one transaction) and returns the new totals. */
export async function recordTally(tally: Tally, now: Date = new Date()): Promise<DayTotal> {
  const day = localDay(now);
  const d = await db();
  const tx = d.transaction('days', 'readwrite');
  const total = addTally(readDayTotal(await tx.store.get(day)) ?? emptyDay(day), tally);
  await tx.store.put(total);
  // Days beyond the kept week go: the counts already carry them to the organizers.
  const oldest = addDays(day, -(DAYS_KEPT - 1));
  for (const key of await tx.store.getAllKeys()) if (key < oldest) await tx.store.delete(key);
  await tx.done;
  return total;
}

/** Takes back today's last tally (one transaction); null when today has none left to undo. */
export async function undoTally(now: Date = new Date()): Promise<{ total: DayTotal; undone: Tally } | null> {
  const day = localDay(now);
  const d = await db();
  const tx = d.transaction('days', 'readwrite');
  const result = undoLastTally(readDayTotal(await tx.store.get(day)) ?? emptyDay(day));
  if (result) await tx.store.put(result.total);
  await tx.done;
  return result;
}

export async function readDay(now: Date = new Date()): Promise<DayTotal> {
  const day = localDay(now);
  try {
    return readDayTotal(await (await db()).get('days', day)) ?? emptyDay(day);
  } catch {
    return emptyDay(day);
  }
}
