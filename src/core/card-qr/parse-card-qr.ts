import { ageBandOn, type AgeBand } from '../eligibility/age-band';

/**
 * Reads the QR code printed on a chip card (thẻ Căn cước công dân gắn chip / thẻ Căn cước) on the
 * device, and keeps only two categorical facts: the age band and the card type. The ID number,
 * name, birth date, sex and address are read to check the format and then dropped: they are never
 * returned, stored or sent, and errors never quote them.
 *
 * No official specification exists. Community parsers agree on one line of `|`-separated fields:
 *   ID12 | OLD_ID (may be empty) | NAME | DDMMYYYY birth | sex | address | DDMMYYYY issue
 * with some cards omitting the old ID (6 fields). The new Căn cước card adds fields in an unknown
 * order, so: at least 6 fields, 12 digits first, dates found by shape rather than position.
 */
/** The ids of the checker's `card` answers these stand for. */
export type CardType = 'chip' | 'canCuoc';

export type CardQrReading =
  | { ok: true; ageBand: AgeBand; /** Unknown when no issue date could be found. */ cardType?: CardType }
  | { ok: false; problem: CardQrProblem };

export type CardQrProblem =
  | 'not-card' // not the card's QR (a web link, another QR, too few fields)
  | 'id-digits' // the first field is not a 12-digit personal ID number
  | 'no-birth-date'; // no real birth date, or one in the future

/** Cards issued from this day on are the new Căn cước cards (Law on Identification 2023). */
export const CAN_CUOC_FROM = '2024-07-01';
const MAX_LENGTH = 1000;

/** `today` is YYYY-MM-DD, the day the age band is worked out for. */
export function parseCardQr(text: string, today: string): CardQrReading {
  if (text.length > MAX_LENGTH) return { ok: false, problem: 'not-card' };
  const line = text.replace(/^\uFEFF/, '').trim();
  if (/[\r\n]/.test(line)) return { ok: false, problem: 'not-card' };
  const fields = line.split('|').map((f) => f.trim());
  if (fields.length < 6) return { ok: false, problem: 'not-card' };
  if (!/^\d{12}$/.test(fields[0] ?? '')) return { ok: false, problem: 'id-digits' };

  // The first 8-digit field is the birth date and the last one, when there are two or more, the
  // issue date. A first one that is not a real date is refused rather than skipped: the next
  // would be the issue date, read as a birth date.
  const dateFields = fields.slice(1).filter((f) => /^\d{8}$/.test(f));
  const birth = isoFromDdMmYyyy(dateFields[0]);
  const ageBand = birth === undefined ? undefined : ageBandOn(birth, today);
  if (!birth || !ageBand) return { ok: false, problem: 'no-birth-date' };
  const issue = dateFields.length > 1 ? isoFromDdMmYyyy(dateFields[dateFields.length - 1]) : undefined;
  if (!issue || issue < birth || issue > today) return { ok: true, ageBand };
  return { ok: true, ageBand, cardType: issue >= CAN_CUOC_FROM ? 'canCuoc' : 'chip' };
}

function isoFromDdMmYyyy(d: string | undefined): string | undefined {
  if (d === undefined) return undefined;
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  const year = Number(d.slice(4, 8));
  if (year < 1900) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${d.slice(4, 8)}-${d.slice(2, 4)}-${d.slice(0, 2)}`;
}
