import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resultOf, walk } from '../../../src/core/eligibility/flow';
import type { Answers } from '../../../src/core/eligibility/types';
import { DAY_NOW, rulesetOn } from './load-rulesets';

/**
 * Issue 13: what a fact-check found wrong in the content, pinned at the rule and step it was in
 * (node, outcome and step ids; the day the rules apply), so it cannot come back.
 */
const NOW = rulesetOn(DAY_NOW);

function outcomeFor(text: string) {
  const answers: Answers = Object.fromEntries(text.split(' ').map((p) => p.split('=') as [string, string]));
  const result = resultOf(NOW, walk(NOW, answers));
  if (!result) throw new Error(`no outcome for ${text}`);
  return { outcome: result.outcome, blockers: result.blockers };
}

interface Step {
  id: string;
  text: { vi: string };
  tips?: { vi: string; en?: string }[];
  unconfirmed?: { vi: string };
}
const steps = (tutorial: string): Step[] => (parse(readFileSync(`content/tutorials/${tutorial}.yaml`, 'utf8')) as { steps: Step[] }).steps;
const step = (tutorial: string, id: string): Step => {
  const s = steps(tutorial).find((x) => x.id === id);
  if (!s) throw new Error(`${tutorial}/${id}`);
  return s;
};

describe(`Decree 69 rules on ${DAY_NOW}`, () => {
  it('3. sends foreigners with a residence card to the immigration authority, not "the police where you live"', () => {
    const { outcome } = outcomeFor('nationality=foreign');
    expect(outcome.id).toBe('foreign');
    expect(outcome.why.vi).toMatch(/thẻ thường trú hoặc thẻ tạm trú/);
    expect(outcome.why.vi).toMatch(/quản lý xuất nhập cảnh/);
    expect(outcome.why.en).not.toMatch(/police where you live/);
    expect(outcome.source).toMatch(/Nghị định 69/);
  });

  it("5. never offers a relative's phone without saying to log out first and unlink after (one account per device)", () => {
    const { outcome, blockers } = outcomeFor('nationality=vn age=age14plus status=approved phone=none');
    expect(outcome.id).toBe('activate-computer');
    expect(outcome.title.vi).not.toMatch(/người thân/);
    const relative = outcome.then.find((t) => t.vi.includes('người thân'));
    expect(relative?.vi).toMatch(/đăng xuất/);
    expect(relative?.vi).toMatch(/Hủy liên kết/);
    const police = outcomeFor('nationality=vn age=age14plus status=never card=chip sim=own phone=none');
    for (const text of [
      police.outcome.why.vi,
      ...police.outcome.then.map((t) => t.vi),
      ...police.blockers.map((b) => b.clear.vi),
      ...blockers.map((b) => b.clear.vi),
    ])
      expect(text).not.toMatch(/điện thoại của người thân/);
  });

  it('8. gives waiting times as legal maxima ("không quá"), never as estimates', () => {
    for (const o of Object.values(NOW.outcomes)) {
      if (o.waitingDays !== undefined) expect(o.why.vi, o.id).toMatch(new RegExp(`không quá ${o.waitingDays} ngày làm việc`));
      expect(o.why.vi, o.id).not.toMatch(/được duyệt trong \d/);
    }
    expect(outcomeFor('nationality=vn age=age14plus status=waiting').outcome.why.vi).toMatch(
      /không quá 1 ngày.*không quá 3 ngày.*không quá 7 ngày/,
    );
    const texts = JSON.parse(readFileSync('content/locales/vi/checker.json', 'utf8')) as { result: { waitingDays: { other: string } } };
    expect(texts.result.waitingDays.other).toMatch(/^Tối đa \{days\}/);
  });

  it('4. says the real approval SMS carries vneid.gov.vn and no install link', () => {
    const { outcome } = outcomeFor('nationality=vn age=age14plus status=waiting');
    const sms = outcome.then.find((t) => t.vi.includes('Tin nhắn thật'));
    expect(sms?.vi).toMatch(/https:\/\/vneid\.gov\.vn/);
    expect(sms?.vi).toMatch(/không có đường link cài ứng dụng/);
  });

  it('9. separates the old CMND from a valid CCCD without a chip, and says what is not confirmed', () => {
    const cmnd = outcomeFor('nationality=vn age=age14plus status=never card=old sim=own phone=nfc');
    expect(cmnd.outcome.id).toBe('card-first');
    const noChip = cmnd.blockers.find((b) => b.id === 'no-chip-card');
    expect(noChip?.clear.vi).toMatch(/Chứng minh nhân dân hết giá trị từ 01\/01\/2025/);
    expect(noChip?.source).toMatch(/Luật Căn cước 2023, Điều 46/);

    // A valid barcode CCCD is its own answer: not sent to get a new card first, told to ask, marked unconfirmed.
    for (const answers of [
      'nationality=vn age=age14plus status=never card=barcode sim=own phone=nfc',
      'nationality=vn age=age14plus status=level1 card=barcode sim=own',
    ]) {
      const barcode = outcomeFor(answers);
      expect(barcode.outcome.id, answers).toBe('barcode-card-police');
      expect(barcode.outcome.unconfirmed?.vi).toMatch(/mã vạch/);
      const blocker = barcode.blockers.find((b) => b.id === 'barcode-card');
      expect(blocker?.clear.vi).toMatch(/còn hạn vẫn là giấy tờ hợp lệ/);
      expect(blocker?.unconfirmed?.vi).toMatch(/mã vạch/);
      expect(barcode.blockers.map((b) => b.id)).not.toContain('no-chip-card');
    }
  });

  it("10. tells someone on a relative's number how to change it: commune police or 1900 0368, then activate again", () => {
    const { blockers } = outcomeFor('nationality=vn age=age14plus status=level1 card=chip sim=other');
    const sim = blockers.find((b) => b.id === 'sim-other');
    expect(sim?.clear.vi).toMatch(/công an xã, phường hoặc tổng đài 1900 0368/);
    expect(sim?.clear.vi).toMatch(/kích hoạt lại/);
  });

  it.each([
    ['upgrade-level2', 'nationality=vn age=age14plus status=level1 card=chip sim=own'],
    ['upgrade-sim-first', 'nationality=vn age=age14plus status=level1 card=chip sim=other'],
    ['card-first', 'nationality=vn age=age14plus status=never card=none sim=own phone=nfc'],
    ['barcode-card-police', 'nationality=vn age=age14plus status=never card=barcode sim=own phone=android'],
    ['level2-police', 'nationality=vn age=age14plus status=never card=canCuoc sim=own phone=none'],
    ['level1-app', 'nationality=vn age=age14plus status=never card=chip sim=own phone=nfc'],
  ])('11. %s says what level 2 adds and links the add-documents tutorial', (id, answers) => {
    const { outcome } = outcomeFor(answers);
    expect(outcome.id).toBe(id);
    expect(outcome.why.vi).toMatch(/căn cước điện tử/);
    expect(outcome.why.vi).toMatch(/Ví giấy tờ/);
    expect(outcome.tutorials.map((t) => t.tutorial)).toContain('add-documents');
  });

  it('12. tells iPhone users which iOS the app needs (marked unconfirmed) before the card-QR path', () => {
    const { blockers } = outcomeFor('nationality=vn age=age14plus status=never card=chip sim=own phone=iphone');
    const iphone = blockers.find((b) => b.id === 'iphone-nfc-model');
    expect(iphone?.clear.vi.indexOf('iOS')).toBeGreaterThanOrEqual(0);
    expect(iphone?.clear.vi.indexOf('iOS')).toBeLessThan(iphone?.clear.vi.indexOf('mã QR') ?? 0);
    expect(iphone?.unconfirmed?.vi).toMatch(/iOS/);
  });

  it('13. dates re-checked for this fix name what they were checked against', () => {
    const dated = [...Object.values(NOW.outcomes), ...Object.values(NOW.blockers)].filter((x) => x.lastChecked === '2026-12-01');
    expect(dated.length).toBeGreaterThan(5);
    for (const x of dated) expect(x.source, x.id).toMatch(/vneid-facts\.md mục \d/);
  });

  it('drops the "unconfirmed" label from Decree 59\'s start date, now confirmed', () => {
    const old = rulesetOn('2023-08-01');
    expect(old.validFrom).toBe('2022-10-20');
    expect(old.unconfirmed).toBeUndefined();
    expect(old.source).toMatch(/20\/10\/2022/);
  });
});

describe('tutorial steps', () => {
  it.each([
    ['register-level1', 'wait'],
    ['level2-police', 'wait'],
  ])('4. %s/%s: the real SMS shows the official address, never an install link', (tutorial, id) => {
    const tips =
      step(tutorial, id)
        .tips?.map((t) => t.vi)
        .join(' ') ?? '';
    expect(tips).toMatch(/chỉ ghi địa chỉ chính thức https:\/\/vneid\.gov\.vn/);
    expect(tips).not.toMatch(/Tin nhắn thật không có đường link\./);
    expect(readFileSync('content/tutorials/illustrations/sms-approved.svg', 'utf8')).toContain('https://vneid.gov.vn');
  });

  it('level2-police/counter: photo and fingerprints are confirmed, not "may"', () => {
    const counter = step('level2-police', 'counter');
    expect(counter.text.vi).toMatch(/chụp ảnh và lấy vân tay/);
    expect(counter.text.vi).not.toMatch(/có thể chụp/);
    expect(counter.unconfirmed?.vi ?? '').not.toMatch(/vân tay/);
  });

  it("6. register-level1 follows the cited guide's order (chip, check, photo, then phone and email) and shows where sources disagree", () => {
    const ids = steps('register-level1').map((x) => x.id);
    expect(ids).toEqual(['prepare', 'start', 'nfc', 'qr-scan', 'check-data', 'face', 'id-phone', 'confirm', 'wait']);
    const idPhone = step('register-level1', 'id-phone');
    expect(idPhone.unconfirmed?.vi).toMatch(/dk_t3/);
    expect(idPhone.unconfirmed?.vi).toMatch(/vnfinance\.vn/);
  });

  it("7. child-account/biometrics: children 6–14 give photo, fingerprints and iris; sources cover children's cards", () => {
    expect(step('child-account', 'biometrics').text.vi).toMatch(/chụp ảnh, lấy vân tay và mống mắt/);
    const doc = parse(readFileSync('content/tutorials/child-account.yaml', 'utf8')) as { sources: { title: string; url?: string }[] };
    expect(doc.sources.some((x) => /vtcnews|nghean24h/.test(x.title))).toBe(true);
    expect(doc.sources.some((x) => x.url?.includes('dk_t5'))).toBe(false); // the adult activation guide
    const { outcome } = outcomeFor('nationality=vn age=age6to13 card=none');
    expect(outcome.id).toBe('child-card-first');
    expect(outcome.why.vi).toMatch(/Tạo mới yêu cầu/);
    expect(outcome.why.vi).toMatch(/mống mắt/);
  });
});
