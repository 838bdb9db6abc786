import { isAppVersion, isChannel, isDay, isLocalityCode, isSourceTag, localDay } from '../../core/counts/dimensions';
import { isCountEvent, isValidParam } from '../../core/counts/vocabulary';
import type { CounterRow } from '../../core/counts/batch';
import type { PendingCount } from './types';

/** A counter's dimensions (everything but its value). */
export type Dimensions = Omit<CounterRow, 'n'>;

/**
 * Turns a count made by the app into a counter's dimensions, or null when it is not in the
 * vocabulary (a programming error: dropped rather than sent and refused). A bad locality or source
 * is left out instead, so the count itself still counts.
 */
export function toDimensions(c: PendingCount, version: string, linkSource: string | undefined, linkPlace?: string): Dimensions | null {
  if (!isCountEvent(c.event) || !Number.isFinite(c.at)) return null;
  if ((c.param !== undefined && typeof c.param !== 'string') || !isValidParam(c.event, c.param)) return null;
  const channel = isChannel(c.channel) ? c.channel : 'phone';
  const at = new Date(c.at);
  const source = c.source ?? (channel === 'phone' ? linkSource : undefined);
  // A phone opened from a poster counts where the poster hangs; kiosks and volunteers bring their own place.
  const locality = c.locality ?? (channel === 'phone' ? linkPlace : undefined);
  return {
    day: localDay(at),
    // The hour only for kiosks: a shared tablet's hour says nothing about one person.
    hour: channel === 'kiosk' ? at.getHours() : -1,
    locality: isLocalityCode(locality) ? locality : '',
    channel,
    source: isSourceTag(source) ? source : '',
    version,
    event: c.event,
    param: c.param ?? '',
  };
}

/** Dimensions read back from storage anyone could have edited: each field checked, or null. */
export function validDimensions(x: unknown): Dimensions | null {
  if (typeof x !== 'object' || x === null) return null;
  const d = x as Record<string, unknown>;
  const kiosk = d.channel === 'kiosk';
  const ok =
    isDay(d.day) &&
    Number.isInteger(d.hour) &&
    (kiosk ? (d.hour as number) >= 0 && (d.hour as number) <= 23 : d.hour === -1) &&
    (d.locality === '' || isLocalityCode(d.locality)) &&
    isChannel(d.channel) &&
    (d.source === '' || isSourceTag(d.source)) &&
    isAppVersion(d.version) &&
    isCountEvent(d.event) &&
    typeof d.param === 'string' &&
    isValidParam(d.event, d.param || undefined);
  if (!ok) return null;
  return {
    day: d.day as string,
    hour: d.hour as number,
    locality: d.locality as string,
    channel: d.channel as Dimensions['channel'],
    source: d.source as string,
    version: d.version as string,
    event: d.event as Dimensions['event'],
    param: d.param as string,
  };
}
