/**
 * The checker asks for an age band, never a birth date. When a person prefers to type a birth
 * date (or it is read from the card's QR code), the band is worked out on the device and the date
 * is dropped. The band ids are the `age` answers of every ruleset.
 */
export type AgeBand = 'under6' | 'age6to13' | 'age14plus';
export const AGE_BANDS: readonly AgeBand[] = ['under6', 'age6to13', 'age14plus'];

/** Whole years from one YYYY-MM-DD to another: the birthday itself counts as the new year. */
export function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}

export function bandOf(years: number): AgeBand {
  if (years < 6) return 'under6';
  if (years < 14) return 'age6to13';
  return 'age14plus';
}

/** The band for a birth date on a day (both YYYY-MM-DD); undefined for a date after that day. */
export function ageBandOn(birth: string, today: string): AgeBand | undefined {
  if (birth > today) return undefined;
  return bandOf(yearsBetween(birth, today));
}
