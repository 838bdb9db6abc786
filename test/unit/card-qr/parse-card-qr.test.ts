import { describe, expect, it } from 'vitest';
import { ageBandOn } from '../../../src/core/eligibility/age-band';
import { parseCardQr } from '../../../src/core/card-qr/parse-card-qr';

// Synthetic cards only (vneid-facts.md §5): no real person's data.
const TODAY = '2026-11-22';
const SEVEN = '001090123456||NGUYỄN VĂN A|01011990|Nam|Số 1, Phường X, Tỉnh Y|15042021';

describe('card QR line', () => {
  it('reads a 7-field line: adult, chip CCCD (issued before 1 July 2024)', () => {
    expect(parseCardQr(SEVEN, TODAY)).toEqual({ ok: true, ageBand: 'age14plus', cardType: 'chip' });
  });

  it('reads a 7-field line with an old 9-digit ID', () => {
    expect(parseCardQr('001090123456|123456789|NGUYỄN VĂN A|01011990|Nam|Số 1, Phường X, Tỉnh Y|15042021', TODAY)).toEqual({
      ok: true,
      ageBand: 'age14plus',
      cardType: 'chip',
    });
  });

  it('reads a 6-field line without the old ID', () => {
    expect(parseCardQr('001090123456|NGUYỄN VĂN A|01011990|Nam|Số 1, Phường X, Tỉnh Y|15042021', TODAY)).toEqual({
      ok: true,
      ageBand: 'age14plus',
      cardType: 'chip',
    });
  });

  it('accepts extra fields (the new Căn cước card) and tells its type from the issue date', () => {
    const child = '001218123456||TRẦN THỊ B|10032018|Nữ|Số 2, Phường X, Tỉnh Y|Số 2, Phường X, Tỉnh Y||TRẦN VĂN C|NGUYỄN THỊ D|05082024';
    expect(parseCardQr(child, TODAY)).toEqual({ ok: true, ageBand: 'age6to13', cardType: 'canCuoc' });
  });

  it('works out the age band on the given day, birthday included', () => {
    const born = (ddmmyyyy: string) => `001090123456||A|${ddmmyyyy}|Nam|X|01082024`;
    expect(parseCardQr(born('22112012'), TODAY)).toMatchObject({ ageBand: 'age14plus' }); // 14 today
    expect(parseCardQr(born('23112012'), TODAY)).toMatchObject({ ageBand: 'age6to13' }); // 14 tomorrow
    expect(parseCardQr(born('22112020'), TODAY)).toMatchObject({ ageBand: 'age6to13' }); // 6 today
    expect(parseCardQr(born('23112020'), TODAY)).toMatchObject({ ageBand: 'under6' });
  });

  it('leaves the card type unknown when no issue date can be found', () => {
    expect(parseCardQr('001090123456||NGUYỄN VĂN A|01011990|Nam|Số 1, Phường X, Tỉnh Y|', TODAY)).toEqual({
      ok: true,
      ageBand: 'age14plus',
    });
  });

  it('tolerates a byte-order mark, spaces around fields and a trailing line break', () => {
    expect(parseCardQr(`\uFEFF ${SEVEN.replace('|Nam|', '| Nam |')}\r\n`, TODAY)).toEqual({
      ok: true,
      ageBand: 'age14plus',
      cardType: 'chip',
    });
  });

  it('refuses an ID field without exactly 12 digits', () => {
    expect(parseCardQr(SEVEN.replace('001090123456', '00109012345'), TODAY)).toEqual({ ok: false, problem: 'id-digits' });
    expect(parseCardQr(SEVEN.replace('001090123456', '0010901234567'), TODAY)).toEqual({ ok: false, problem: 'id-digits' });
    expect(parseCardQr(SEVEN.replace('001090123456', '00109012345A'), TODAY)).toEqual({ ok: false, problem: 'id-digits' });
  });

  it('refuses a line without a real birth date, or with one in the future', () => {
    // Not skipped to the next date: that would read the issue date as the birth date.
    expect(parseCardQr(SEVEN.replace('01011990', '31021990'), TODAY)).toEqual({ ok: false, problem: 'no-birth-date' });
    expect(parseCardQr('001090123456||A|31021990|Nam|X|', TODAY)).toEqual({ ok: false, problem: 'no-birth-date' });
    expect(parseCardQr('001090123456||A|01012030|Nam|X|', TODAY)).toEqual({ ok: false, problem: 'no-birth-date' });
  });

  it('refuses garbage', () => {
    for (const text of ['', '   ', '||||||', 'a|b|c|d|e|f|g', '\u0000\u0001\u0002', 'x'.repeat(5000)]) {
      expect(parseCardQr(text, TODAY).ok, JSON.stringify(text.slice(0, 20))).toBe(false);
    }
  });

  it('refuses a QR code that is not a card (a web link, a payment code, several lines)', () => {
    expect(parseCardQr('https://vneid.gov.vn/', TODAY)).toEqual({ ok: false, problem: 'not-card' });
    expect(parseCardQr('00020101021238570010A000000727', TODAY)).toEqual({ ok: false, problem: 'not-card' });
    expect(parseCardQr(`${SEVEN}\n${SEVEN}`, TODAY)).toEqual({ ok: false, problem: 'not-card' });
  });

  it('returns nothing personal: no ID number, name, date or address in any result', () => {
    const inputs = [SEVEN, SEVEN.replace('001090123456', '00109012345'), SEVEN.replace('01011990', '99999999')];
    for (const input of inputs) {
      const out = JSON.stringify(parseCardQr(input, TODAY));
      for (const secret of ['001090123456', '00109012345', 'NGUYỄN', '1990', '01011990', 'Phường', '15042021', '2021']) {
        expect(out).not.toContain(secret);
      }
    }
  });
});

describe('age band from a birth date', () => {
  it('refuses a birth date after the day', () => expect(ageBandOn('2027-01-01', TODAY)).toBeUndefined());
  it('counts a 29 February birthday only once the day has passed', () => {
    expect(ageBandOn('2012-02-29', '2026-02-28')).toBe('age6to13');
    expect(ageBandOn('2012-02-29', '2026-03-01')).toBe('age14plus');
  });
});
