import { describe, expect, it } from 'vitest';
import { checkIdentity } from '../../../src/core/identity/identity';

const GOOD = {
  unit: '  Công an phường   Chợ Quán ',
  area: 'Phường Chợ Quán, TP. Hồ Chí Minh',
  hotlines: [{ number: '028 3855 1234', label: 'Trực ban' }],
};

describe("the deployment's identity check", () => {
  it('accepts a unit, an area and Vietnamese numbers as people write them, cleaned', () => {
    const r = checkIdentity({
      ...GOOD,
      hotlines: [
        { number: '028 3855 1234', label: 'Trực ban' },
        { number: '+84 909.123.456', label: 'Tổ trưởng' },
        { number: '113', label: 'Cảnh sát' },
        { number: '', label: '' }, // an empty row of the form
      ],
    });
    expect(r).toEqual({
      ok: true,
      identity: {
        unit: 'Công an phường Chợ Quán',
        area: GOOD.area,
        hotlines: [
          { number: '028 3855 1234', label: 'Trực ban' },
          { number: '+84 909.123.456', label: 'Tổ trưởng' },
          { number: '113', label: 'Cảnh sát' },
        ],
      },
    });
  });

  it('names every problem in plain Vietnamese, with its field', () => {
    const r = checkIdentity({
      unit: 'CA',
      area: '',
      hotlines: [
        { number: 'gọi tôi', label: 'x' },
        { number: '0909 123', label: '' },
        { number: '1900 0368', label: '<b>' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { field: 'unit', message: 'Tên đơn vị: cần ít nhất 3 ký tự (đang có 2).' },
      { field: 'area', message: 'Địa bàn phục vụ: chưa nhập.' },
      {
        field: 'hotlines.0.number',
        message: 'Số điện thoại 1: chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch ngang (có thể bắt đầu bằng +84) (đang là "gọi tôi").',
      },
      { field: 'hotlines.1.number', message: 'Số điện thoại 2: số bắt đầu bằng 0 cần 10 hoặc 11 chữ số (đang là "0909 123").' },
      { field: 'hotlines.1.label', message: 'Số điện thoại 2, ai nghe máy: chưa nhập.' },
      { field: 'hotlines.2.label', message: 'Số điện thoại 3, ai nghe máy: không dùng ký tự < > hoặc ký tự điều khiển.' },
    ]);
  });

  it('refuses more than three numbers and anything that is not an object', () => {
    const four = Array.from({ length: 4 }, () => ({ number: '113', label: 'Cảnh sát' }));
    expect(checkIdentity({ ...GOOD, hotlines: four })).toMatchObject({ ok: false, problems: [{ field: 'hotlines' }] });
    expect(checkIdentity(null)).toMatchObject({ ok: false, problems: [{ field: 'unit' }, { field: 'area' }] });
  });
});
