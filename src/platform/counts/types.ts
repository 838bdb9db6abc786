import type { Channel } from '../../core/counts/dimensions';
import type { CountEvent } from '../../core/counts/vocabulary';

/**
 * Who is counting: set by kiosk mode (channel kiosk, the kiosk id as source, its locality),
 * volunteer mode (channel volunteer, the team code) or the locality the person chose.
 * A phone without any of these counts as channel "phone" with the link's source tag.
 */
export interface CountContext {
  channel?: Channel;
  locality?: string;
  source?: string;
}

/** One count as made by the app, before it reaches IndexedDB. `at` is only used to find the day. */
export interface PendingCount extends CountContext {
  event: CountEvent;
  param?: string;
  at: number;
}
