import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/volunteer/day-total';
import { forgetVolunteer, readDay, readTeam, recordTally, saveTeam } from '../../../src/platform/volunteer/volunteer-store';

const at = (iso: string) => new Date(iso);

describe('volunteer store', () => {
  it('keeps the team and reads it back through the same checks', async () => {
    expect(await readTeam()).toBeUndefined();
    await saveTeam({ code: 'to-3-cho-lon', locality: '79' });
    expect(await readTeam()).toEqual({ code: 'to-3-cho-lon', locality: '79' });
    await saveTeam({ code: 'Nguyễn 0912345678', locality: '' });
    expect(await readTeam()).toBeUndefined(); // a damaged record is not trusted
  });

  it('adds visits to the day they happened on and keeps a week', async () => {
    await recordTally({ outcome: 'activated-level1' }, at('2026-11-01T09:00:00'));
    for (let d = 2; d <= 9; d++) await recordTally({ outcome: 'nobody-home' }, at(`2026-11-0${d}T09:00:00`));
    await recordTally({ outcome: 'activated-level2' }, at('2026-11-09T10:00:00'));
    const total = await recordTally({ outcome: 'not-eligible', blocker: 'no-chip-card' }, at('2026-11-09T15:00:00'));
    expect(summarize(total)).toMatchObject({ households: 3, activated: 1, nobodyHome: 1 });
    expect(summarize(await readDay(at('2026-11-09T20:00:00')))).toMatchObject({ households: 3, activated: 1, nobodyHome: 1 });
    expect(summarize(await readDay(at('2026-11-03T20:00:00')))).toMatchObject({ households: 1, activated: 0, nobodyHome: 1 });
    // The first of the month is more than a week before the 9th: gone.
    expect(summarize(await readDay(at('2026-11-01T20:00:00'))).households).toBe(0);
  });

  it('forgets everything when the volunteer leaves', async () => {
    await saveTeam({ code: 'to-3', locality: '' });
    await recordTally({ outcome: 'activated-level1' }, at('2026-11-10T09:00:00'));
    await forgetVolunteer();
    expect(await readTeam()).toBeUndefined();
    expect(summarize(await readDay(at('2026-11-10T12:00:00'))).households).toBe(0);
  });
});
