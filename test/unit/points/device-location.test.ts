import { describe, expect, it } from 'vitest';
import { locateDevice } from '../../../src/platform/geolocation/device-location';

type Success = (p: { coords: { latitude: number; longitude: number; accuracy: number } }) => void;
type Failure = (e: { code: number }) => void;

function fakeGeo(answer: (ok: Success, fail: Failure) => void): Geolocation {
  return { getCurrentPosition: (ok: Success, fail: Failure) => answer(ok, fail) } as unknown as Geolocation;
}

describe('locateDevice', () => {
  it('gives the position when the browser has one', async () => {
    const geo = fakeGeo((ok) => ok({ coords: { latitude: 10.75, longitude: 106.66, accuracy: 30 } }));
    expect(await locateDevice(geo)).toEqual({ ok: true, position: { lat: 10.75, lng: 106.66, accuracy: 30 } });
  });

  it.each([
    [1, 'denied'],
    [2, 'unavailable'],
    [3, 'timeout'],
  ])('turns error code %i into %s', async (code, problem) => {
    expect(await locateDevice(fakeGeo((_, fail) => fail({ code })))).toEqual({ ok: false, problem });
  });

  it('says unsupported without a geolocation API, and stops waiting when the browser never answers', async () => {
    expect(await locateDevice(undefined)).toEqual({ ok: false, problem: 'unsupported' });
    expect(
      await locateDevice(
        fakeGeo(() => undefined),
        10,
      ),
    ).toEqual({ ok: false, problem: 'timeout' });
  });
});
