import type { VolunteerTeam } from '../../../core/volunteer/team-code';
import { setCountContext } from '../../count';

/**
 * While volunteer mode is set up, this phone's counts say channel "volunteer" with the team code
 * as source (and the team's locality): the tallies, and the tutorials shown to households.
 */
export function countAsTeam(team: VolunteerTeam | null): void {
  setCountContext(
    team
      ? { channel: 'volunteer', source: team.code, locality: team.locality || undefined }
      : { channel: undefined, source: undefined, locality: undefined },
  );
}
