import { isChannel, isLocalityCode, isSourceTag, localDay } from '../../core/counts/dimensions';
import { isCountEvent, isValidParam } from '../../core/counts/vocabulary';
import type { CounterRow } from '../../core/counts/batch';
import type { PendingCount } from './types';

/**
 * Turns a count made by the app into a counter's dimensions, or null when it is not in the
 * vocabulary (a programming error: dropped rather than sent and refused). A bad locality or source
 * is left out instead, so the count itself still counts.
 */
export function toDimensions(c: PendingCount, version: string, linkSource: string | undefined): Omit<CounterRow, 'n'> | null {
  if (!isCountEvent(c.event) || !isValidParam(c.event, c.param) || !Number.isFinite(c.at)) return null;
  const channel = isChannel(c.channel) ? c.channel : 'phone';
  const at = new Date(c.at);
  const source = c.source ?? (channel === 'phone' ? linkSource : undefined);
  return {
    day: localDay(at),
    // The hour only for kiosks: a shared tablet's hour says nothing about one person.
    hour: channel === 'kiosk' ? at.getHours() : -1,
    locality: isLocalityCode(c.locality) ? c.locality : '',
    channel,
    source: isSourceTag(source) ? source : '',
    version,
    event: c.event,
    param: c.param ?? '',
  };
}
