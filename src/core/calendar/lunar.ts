/**
 * The Vietnamese lunar calendar (âm lịch), computed rather than typed by hand: Tết and Giỗ Tổ Hùng
 * Vương move every year, and a date copied wrong sends people to a closed office.
 *
 * Rules of the Vietnamese calendar, on local time UTC+7:
 * - a month starts on the day of the new moon;
 * - month 11 is the month that contains the winter solstice;
 * - when 13 months lie between two months 11, the first month without a major solar term (the Sun
 *   entering a new 30° sector of longitude) is the leap month and repeats the previous number.
 * New moons and the Sun's longitude come from the astronomical series in Jean Meeus, "Astronomical
 * Algorithms" (2nd ed.), chapters 25 and 49, with their main terms (a few minutes of accuracy,
 * plenty for dates from 1900 to 2100 unless a new moon falls within minutes of midnight).
 */

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** The repeated (leap) month: tháng nhuận. */
  leap: boolean;
}

const TIME_ZONE_HOURS = 7;
const SYNODIC_MONTH = 29.530588861;
/** Meeus' lunation 0: the new moon of 6 January 2000. */
const LUNATION_0 = 2451550.09766;
const RAD = Math.PI / 180;

/** Julian day number of a Gregorian date (the day, counted at noon). */
export function julianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The Gregorian date of a Julian day number, as YYYY-MM-DD. */
export function isoOfJulianDay(jd: number): string {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function julianDayOfIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return julianDay(y ?? 0, m ?? 0, d ?? 0);
}

/** ΔT (TT − UT) in days: rough, well within the accuracy needed to find a day. */
function deltaT(jde: number): number {
  const t = (jde - 2451545) / 36525; // centuries from 2000
  const seconds = 64 + 32 * t + 30 * t * t;
  return seconds / 86400;
}

/** The moment (Julian date, UT) of new moon number k (Meeus ch. 49, main periodic terms). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const jde = LUNATION_0 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t2 * t2;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
  const mm = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t2 * t2) * RAD;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t2 * t2) * RAD;
  const om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;
  const correction =
    -0.4072 * Math.sin(mm) +
    0.17241 * e * Math.sin(m) +
    0.01608 * Math.sin(2 * mm) +
    0.01039 * Math.sin(2 * f) +
    0.00739 * e * Math.sin(mm - m) -
    0.00514 * e * Math.sin(mm + m) +
    0.00208 * e * e * Math.sin(2 * m) -
    0.00111 * Math.sin(mm - 2 * f) -
    0.00057 * Math.sin(mm + 2 * f) +
    0.00056 * e * Math.sin(2 * mm + m) -
    0.00042 * Math.sin(3 * mm) +
    0.00042 * e * Math.sin(m + 2 * f) +
    0.00038 * e * Math.sin(m - 2 * f) -
    0.00024 * e * Math.sin(2 * mm - m) -
    0.00017 * Math.sin(om) -
    0.00007 * Math.sin(mm + 2 * m) +
    0.00004 * Math.sin(2 * mm - 2 * f) +
    0.00004 * Math.sin(3 * m) +
    0.00003 * Math.sin(mm + m - 2 * f) +
    0.00003 * Math.sin(2 * mm + 2 * f) -
    0.00003 * Math.sin(mm + m + 2 * f) +
    0.00003 * Math.sin(mm - m + 2 * f) -
    0.00002 * Math.sin(mm - m - 2 * f) -
    0.00002 * Math.sin(3 * mm + m) +
    0.00002 * Math.sin(4 * mm);
  const moment = jde + correction;
  return moment - deltaT(moment);
}

/** The local (UTC+7) day number on which new moon k falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** The Sun's apparent longitude in degrees [0, 360) at a Julian date (Meeus ch. 25, low accuracy). */
export function sunLongitude(jd: number): number {
  const t = (jd - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD;
  const lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
  return ((lambda % 360) + 360) % 360;
}

/** Which 30° sector of longitude the Sun is in at the start (local midnight) of a day. */
function sunSector(dayNumber: number): number {
  return Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE_HOURS / 24) / 30);
}

/** The lunation whose new moon day is the last on or before a day number. */
function lunationOnOrBefore(dayNumber: number): number {
  let k = Math.floor((dayNumber - LUNATION_0) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= dayNumber) k++;
  while (newMoonDay(k) > dayNumber) k--;
  return k;
}

/** The lunation that starts month 11 of lunar year `year` (the month of the December solstice). */
function month11(year: number): number {
  // The solstice day: the first day of late December whose end finds the Sun at 270° or more.
  let day = julianDay(year, 12, 18);
  while (sunLongitude(day + 0.5 - TIME_ZONE_HOURS / 24) < 270) day++;
  return lunationOnOrBefore(day);
}

/** Index (months after month 11) of the leap month in the year from month 11 at lunation k11, if any. */
function leapIndex(k11: number, nextK11: number): number | undefined {
  if (nextK11 - k11 !== 13) return undefined;
  for (let i = 1; i <= 12; i++) {
    if (sunSector(newMoonDay(k11 + i)) === sunSector(newMoonDay(k11 + i + 1))) return i;
  }
  return undefined;
}

/** The lunar date of a Gregorian date written YYYY-MM-DD. */
export function toLunar(iso: string): LunarDate {
  const day = julianDayOfIso(iso);
  const k = lunationOnOrBefore(day);
  const gregorianYear = Number(iso.slice(0, 4));
  let year = gregorianYear;
  let k11 = month11(year);
  if (k11 > k) {
    year--;
    k11 = month11(year);
  }
  const leap = leapIndex(k11, month11(year + 1));
  const diff = k - k11;
  let month = 11 + diff;
  let isLeap = false;
  if (leap !== undefined && diff >= leap) {
    month = 10 + diff;
    isLeap = diff === leap;
  }
  month = ((month - 1) % 12) + 1;
  // Months 11 and 12 belong to the lunar year of their solstice; month 1 starts the next one.
  const lunarYear = month >= 11 && diff < 3 ? year : year + 1;
  return { day: day - newMoonDay(k) + 1, month, year: lunarYear, leap: isLeap };
}

/** The Gregorian date (YYYY-MM-DD) of a lunar date, or undefined when that date does not exist. */
export function fromLunar({ day, month, year, leap }: LunarDate): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  const solsticeYear = month >= 11 ? year : year - 1;
  const k11 = month11(solsticeYear);
  const leapAt = leapIndex(k11, month11(solsticeYear + 1));
  const offset = (month - 11 + 12) % 12;
  let index = offset;
  if (leapAt !== undefined) {
    if (leap) {
      if (offset + 1 !== leapAt) return undefined;
      index = leapAt;
    } else if (offset >= leapAt) index = offset + 1;
  } else if (leap) return undefined;
  const start = newMoonDay(k11 + index);
  if (day > newMoonDay(k11 + index + 1) - start) return undefined;
  return isoOfJulianDay(start + day - 1);
}
