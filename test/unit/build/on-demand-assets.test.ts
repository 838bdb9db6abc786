import { describe, expect, it } from 'vitest';
import { ON_DEMAND_ROOTS, onDemandFiles } from '../../../src/build/on-demand-assets';

const chunk = (
  fileName: string,
  facadeModuleId: string | null,
  more: Partial<{ imports: string[]; dynamicImports: string[]; css: string[]; isEntry: boolean }> = {},
) => ({
  fileName,
  facadeModuleId,
  isEntry: false,
  imports: [],
  dynamicImports: [],
  css: [],
  ...more,
});

describe('what the precache leaves out', () => {
  it("keeps what a citizen's screens reach, leaves out what only the kiosk, volunteers, posters or English reach", () => {
    const files = onDemandFiles([
      chunk('index.js', '/w/src/app/main.tsx', { isEntry: true, dynamicImports: ['checker.js', 'kiosk.js', 'start.js', 'locales.js'] }),
      chunk('checker.js', '/w/src/app/screens/checker/checker-screen.tsx', { imports: ['shared.js'], css: ['forms.css', 'checker.css'] }),
      chunk('kiosk.js', '/w/src/app/screens/kiosk/kiosk-screen.tsx', {
        imports: ['shared.js', 'kiosk-store.js'],
        dynamicImports: ['qr.js'],
        css: ['forms.css', 'kiosk.css'],
      }),
      chunk('start.js', '/w/src/app/screens/kiosk/runtime/start.ts', { css: ['start.css'] }),
      chunk('shared.js', null),
      chunk('kiosk-store.js', null),
      chunk('qr.js', '/w/node_modules/qrcode/lib/browser.js'),
      chunk('locales.js', '\0virtual:content/locales', { dynamicImports: ['vi-common.js', 'en-common.js'] }),
      chunk('vi-common.js', '\0virtual:content/locale/vi/common'),
      chunk('en-common.js', '\0virtual:content/locale/en/common'),
    ]);
    expect([...files].sort()).toEqual(['en-common.js', 'kiosk-store.js', 'kiosk.css', 'kiosk.js', 'qr.js', 'start.css', 'start.js']);
  });

  it('keeps a root a citizen chunk imports statically (it could not load without it)', () => {
    const files = onDemandFiles([
      chunk('index.js', '/w/src/app/main.tsx', { isEntry: true, dynamicImports: ['share.js'] }),
      chunk('share.js', '/w/src/app/share/index.ts', { imports: ['qr.js'] }),
      chunk('qr.js', '/w/node_modules/qrcode/lib/browser.js'),
    ]);
    expect([...files]).toEqual([]);
  });

  it('names the modes, posters, English texts and QR libraries', () => {
    const rooted = (id: string) => ON_DEMAND_ROOTS.some((r) => r.test(id));
    expect(rooted('/w/src/app/screens/volunteer/volunteer-screen.tsx')).toBe(true);
    expect(rooted('/w/src/app/screens/posters/posters-screen.tsx')).toBe(true);
    expect(rooted('\0virtual:content/rules/en')).toBe(true);
    expect(rooted('\0virtual:content/rules/vi')).toBe(false);
    expect(rooted('\0virtual:content/locale/vi/checker')).toBe(false);
    expect(rooted('/w/src/app/screens/places/places-screen.tsx')).toBe(false);
  });
});
