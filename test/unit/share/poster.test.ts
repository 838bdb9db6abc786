import { describe, expect, it } from 'vitest';
import { posterLink, posterTargetPath, qrFileName, typedAddress } from '../../../src/core/share/poster';

const ORIGIN = 'https://dinhdanh.example.vn';

describe('posterTargetPath', () => {
  it('builds the path of each kind of target', () => {
    expect(posterTargetPath({ kind: 'home' })).toBe('/');
    expect(posterTargetPath({ kind: 'checker' })).toBe('/kiem-tra');
    expect(posterTargetPath({ kind: 'guide', tutorial: 'activate' })).toBe('/huong-dan/activate');
    expect(posterTargetPath({ kind: 'guideStep', tutorial: 'activate', step: 'otp' })).toBe('/huong-dan/activate/otp');
    expect(posterTargetPath({ kind: 'place', point: 'ca-phuong-5' })).toBe('/diem/ca-phuong-5');
    expect(posterTargetPath({ kind: 'guide', tutorial: ' Activate ' })).toBe('/huong-dan/activate');
  });

  it('refuses incomplete targets and ids that are not URL segments', () => {
    expect(posterTargetPath({ kind: 'guide' })).toBeNull();
    expect(posterTargetPath({ kind: 'guideStep', tutorial: 'activate' })).toBeNull();
    expect(posterTargetPath({ kind: 'place', point: '' })).toBeNull();
    expect(posterTargetPath({ kind: 'place', point: '../admin' })).toBeNull();
    expect(posterTargetPath({ kind: 'guide', tutorial: 'hướng-dẫn' })).toBeNull();
    expect(posterTargetPath({ kind: 'place', point: 'x'.repeat(65) })).toBeNull();
  });

  it('accepts a typed path of a real screen, through the share whitelist', () => {
    expect(posterTargetPath({ kind: 'path', path: '/diem?dv=level2&q=Bến Thành' })).toBe('/diem?dv=level2');
    expect(posterTargetPath({ kind: 'path', path: ' /check/ ' })).toBe('/kiem-tra');
    expect(posterTargetPath({ kind: 'path', path: '/kiem-tra?a=nv-a14#x' })).toBe('/kiem-tra?a=nv-a14');
    expect(posterTargetPath({ kind: 'path', path: '/huong-dan/activate?src=x' })).toBe('/huong-dan/activate');
  });

  it('refuses typed paths that do not open a screen, other hosts and the kiosk', () => {
    for (const path of ['', 'kiem-tra', '/khong-co', '//evil.example/x', 'https://evil.example/', '/kiosk', '/diem/<b>']) {
      expect(posterTargetPath({ kind: 'path', path }), path).toBeNull();
    }
  });
});

describe('posterLink', () => {
  it('adds a valid tag and the language, drops a bad tag', () => {
    expect(posterLink(ORIGIN, { kind: 'checker' }, { src: 'Chung-Cu-A' })).toBe(`${ORIGIN}/kiem-tra?src=chung-cu-a`);
    expect(posterLink(ORIGIN, { kind: 'home' }, { src: 'bad tag<>', lang: 'en' })).toBe(`${ORIGIN}/?lang=en`);
    expect(posterLink(ORIGIN, { kind: 'guide' })).toBeNull();
  });
});

describe('typedAddress', () => {
  it('drops the scheme, the tag and a bare trailing slash', () => {
    expect(typedAddress(`${ORIGIN}/?src=chung-cu-a`)).toBe('dinhdanh.example.vn');
    expect(typedAddress(`${ORIGIN}/kiem-tra?src=x`)).toBe('dinhdanh.example.vn/kiem-tra');
    expect(typedAddress(`${ORIGIN}/diem?dv=level2&lang=en&src=x`)).toBe('dinhdanh.example.vn/diem?dv=level2&lang=en');
  });
});

describe('qrFileName', () => {
  it('names the file after the page and the tag', () => {
    expect(qrFileName(`${ORIGIN}/?src=chung-cu-a`, 'png')).toBe('qr-trang-chu-chung-cu-a.png');
    expect(qrFileName(`${ORIGIN}/huong-dan/activate/otp`, 'svg')).toBe('qr-huong-dan-activate-otp.svg');
  });
});
