import { describe, expect, it } from 'vitest';
import { FAR_AWAY_KM, nearestIsFarAway } from '../../../src/core/points/finder-state';

describe('nearestIsFarAway', () => {
  it('warns only when even the nearest point is beyond the area distance', () => {
    expect(nearestIsFarAway([])).toBe(false);
    expect(nearestIsFarAway([{ km: FAR_AWAY_KM }, { km: 80 }])).toBe(false);
    expect(nearestIsFarAway([{ km: FAR_AWAY_KM + 0.1 }])).toBe(true);
  });
});
