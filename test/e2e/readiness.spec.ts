import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// "Is this phone ready?" on emulated devices: an Android phone with Web NFC, an old iPhone, a
// desktop. What the browser tells (UA, client hints, NDEFReader) is emulated per context; the
// screen's verdicts and findings are asserted by data-* ids, never by wording.

interface Device {
  userAgent: string;
  hints?: { platform: string; platformVersion: string; mobile: boolean };
  webNfc: boolean;
}

const ANDROID_NFC: Device = {
  userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
  hints: { platform: 'Android', platformVersion: '14.0.0', mobile: true },
  webNfc: true,
};
const OLD_IPHONE: Device = {
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  webNfc: false,
};
const DESKTOP: Device = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  hints: { platform: 'Linux', platformVersion: '6.1.0', mobile: false },
  webNfc: false,
};

async function onDevice(context: BrowserContext, device: Device): Promise<void> {
  await context.addInitScript((d: Device) => {
    // Safari has no client hints: remove them. Chromium-on-Android has them: give the phone's.
    Object.defineProperty(Navigator.prototype, 'userAgentData', {
      configurable: true,
      get: () =>
        d.hints ? { platform: d.hints.platform, mobile: d.hints.mobile, getHighEntropyValues: () => Promise.resolve(d.hints) } : undefined,
    });
    if (d.webNfc) Object.defineProperty(window, 'NDEFReader', { configurable: true, value: class NDEFReader {} });
    else Reflect.deleteProperty(window, 'NDEFReader');
  }, device);
}

const verdict = (page: Page) => page.locator('[data-verdict]');
const findings = (page: Page) => page.locator('[data-finding]');

test.describe('an Android phone with Web NFC', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, userAgent: ANDROID_NFC.userAgent });

  test('asks only about the SIM, says ready, and the checker does not ask again', async ({ page, context }) => {
    await onDevice(context, ANDROID_NFC);
    await page.goto('/dien-thoai');
    await expect(page.locator('[data-platform]')).toHaveAttribute('data-platform', 'android');
    await expect(page.locator('[data-nfc]')).toBeVisible();
    // NFC was read: the only question is the SIM.
    await expect(page.locator('fieldset[data-question]')).toHaveAttribute('data-question', 'simOwn');
    await expectNoAxeViolations(page);
    await page.locator('[data-answer="yes"]').click();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ready');
    await expect(page.locator('#readiness-verdict')).toBeFocused();
    await expect(findings(page)).toHaveCount(3);
    await expectNoAxeViolations(page);

    await page.locator('[data-action="to-checker"]').click();
    await expect(page).toHaveURL(/\/kiem-tra\?a=pn-so$/);
    for (const [q, a] of [
      ['nationality', 'vn'],
      ['age', 'age14plus'],
      ['status', 'never'],
      ['card', 'chip'],
    ]) {
      await expect(page.locator('[data-question]')).toHaveAttribute('data-question', q!);
      await page.locator(`[data-answer="${a}"]`).click();
    }
    // No SIM or phone question: straight to the outcome.
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'level1-app');
    expect(new URL(page.url()).searchParams.get('a')).toBe('nv-a14-tn-cc-so-pn');
  });
});

test.describe('an old iPhone', () => {
  test.use({ viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true, userAgent: OLD_IPHONE.userAgent });

  test('asks which iPhone and the SIM; iOS 12 and an iPhone 6s are named, with the way round', async ({ page, context }) => {
    await onDevice(context, OLD_IPHONE);
    await page.goto('/dien-thoai');
    await expect(page.locator('[data-platform]')).toHaveAttribute('data-platform', 'ios');
    await expect(page.locator('fieldset[data-question]')).toHaveAttribute('data-question', 'iphone');
    await page.locator('[data-answer="older"]').click();
    await expect(page.locator('fieldset[data-question]')).toHaveAttribute('data-question', 'simOwn');
    await page.locator('[data-answer="unsure"]').click();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'blocked');
    await expect(page.locator('[data-finding="os-old"]')).toHaveAttribute('data-severity', 'block');
    await expect(page.locator('[data-finding="iphone-old"] a')).toHaveAttribute('href', '/huong-dan/register-level1/qr-scan');
    await expect(page.locator('[data-finding="os-old"] a')).toHaveAttribute('href', '/diem?dv=level2');
    await expect(page.locator('[data-finding="sim-unknown"]')).toBeVisible();
    // The thresholds are not official: said once, compactly.
    await expect(page.locator('[data-unconfirmed]')).toHaveCount(1);
    await expect(page.locator('[data-action="to-checker"]')).toHaveAttribute('href', '/kiem-tra?a=pi-su');
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.locator('[data-action="restart"]').click();
    await expect(page.locator('fieldset[data-question]')).toHaveAttribute('data-question', 'iphone');
  });
});

test.describe('a desktop or kiosk', () => {
  test.use({ viewport: { width: 1280, height: 800 }, userAgent: DESKTOP.userAgent });

  test('asks nothing and hands over to the phone with a QR code', async ({ page, context }) => {
    await onDevice(context, DESKTOP);
    await page.goto('/dien-thoai');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'other-device');
    await expect(page.locator('fieldset[data-question]')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.locator('[data-action="handoff"]').click();
    await expect(page.getByRole('dialog').locator('svg, canvas, img').first()).toBeVisible();
  });
});
