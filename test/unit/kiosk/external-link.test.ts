import { describe, expect, it } from 'vitest';
import { classifyLink } from '../../../src/core/kiosk/external-link';

const APP = 'https://huongdan.example.vn';

describe('links leaving the kiosk', () => {
  it('leaves the app its own links', () => {
    expect(classifyLink(`${APP}/diem?dv=level2`, APP)).toBeNull();
    expect(classifyLink(APP, APP)).toBeNull();
  });

  it('turns a phone number into a QR that dials it', () => {
    expect(classifyLink('tel:19000368', APP)).toEqual({ kind: 'call', qrText: 'tel:19000368', shown: '19000368' });
    expect(classifyLink('tel:+84%2028%203855%200000', APP)).toMatchObject({ kind: 'call', qrText: 'tel:+842838550000' });
  });

  it('recognises maps and app stores', () => {
    expect(classifyLink('https://www.google.com/maps/dir/?api=1&destination=10.75,106.66', APP)?.kind).toBe('map');
    expect(classifyLink('https://maps.app.goo.gl/abc', APP)?.kind).toBe('map');
    expect(classifyLink('geo:10.75,106.66', APP)?.kind).toBe('map');
    expect(classifyLink('https://www.openstreetmap.org/?mlat=10.7', APP)?.kind).toBe('map');
    expect(classifyLink('https://play.google.com/store/apps/details?id=com.vnid', APP)).toMatchObject({
      kind: 'store',
      shown: 'play.google.com',
    });
    expect(classifyLink('https://apps.apple.com/vn/app/vneid/id1582750372', APP)?.kind).toBe('store');
    expect(classifyLink('market://details?id=com.vnid', APP)).toEqual({
      kind: 'store',
      qrText: 'https://play.google.com/store/apps/details?id=com.vnid',
      shown: 'play.google.com',
    });
  });

  it('shows other websites as a QR of the page', () => {
    expect(classifyLink('https://vneid.gov.vn/', APP)).toEqual({ kind: 'web', qrText: 'https://vneid.gov.vn/', shown: 'vneid.gov.vn' });
    // Another origin that merely starts like the app's is still another site.
    expect(classifyLink('https://huongdan.example.vn.evil.test/x', APP)?.kind).toBe('web');
  });

  it('has no QR for files and scripts', () => {
    expect(classifyLink('blob:https://huongdan.example.vn/1234', APP)).toEqual({ kind: 'unavailable', shown: '' });
    expect(classifyLink('javascript:void(0)', APP)?.kind).toBe('unavailable');
  });
});
