/**
 * The device's position, asked for only when the person taps "use my location". The position is
 * used on the device to sort the list and then dropped: never stored, never put in a URL, never
 * counted or sent.
 */
export interface Position {
  lat: number;
  lng: number;
  /** Metres, as the browser reports it. */
  accuracy: number;
}

/** Why there is no position, each with its own message on screen. */
export type LocationProblem =
  | 'denied' // the person (or a browser setting) refused
  | 'unavailable' // no fix: location switched off, indoors, no GPS
  | 'timeout' // no fix in time
  | 'unsupported' // no geolocation API, or not a secure page
  | 'outside'; // a position, but not in Vietnam (a VPN, a travelling phone)

export type LocationResult = { ok: true; position: Position } | { ok: false; problem: LocationProblem };

export function locateDevice(
  geo: Geolocation | undefined = typeof navigator === 'undefined' ? undefined : navigator.geolocation,
  timeoutMs = 15_000,
): Promise<LocationResult> {
  if (!geo || (typeof isSecureContext === 'boolean' && !isSecureContext)) {
    return Promise.resolve({ ok: false, problem: 'unsupported' });
  }
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: LocationResult) => {
      if (!settled) {
        settled = true;
        clearTimeout(guard);
        resolve(r);
      }
    };
    // Some browsers never call back when the permission prompt is dismissed: stop waiting.
    const guard = setTimeout(() => done({ ok: false, problem: 'timeout' }), timeoutMs + 2_000);
    try {
      geo.getCurrentPosition(
        (p) => done({ ok: true, position: { lat: p.coords.latitude, lng: p.coords.longitude, accuracy: p.coords.accuracy } }),
        (e) => done({ ok: false, problem: e.code === 1 ? 'denied' : e.code === 3 ? 'timeout' : 'unavailable' }),
        // A rough fix is enough to sort offices by distance, and it comes faster and costs less battery.
        { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 5 * 60_000 },
      );
    } catch {
      done({ ok: false, problem: 'unsupported' });
    }
  });
}
