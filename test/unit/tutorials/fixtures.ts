import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TUTORIAL_IDS } from '../../../src/core/tutorials/ids';
import type { Tutorial, TutorialStep } from '../../../src/core/tutorials/types';
import { tempDir } from '../support/temp-dir';

export const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 240">\n  <rect x="1" y="1" width="10" height="10" fill="#000"/>\n</svg>\n';

/** A minimal, valid tutorial file: two steps, Vietnamese with accents. */
export function tutorialYaml(id: string, extraStep = ''): string {
  return `id: ${id}
title: Hướng dẫn mẫu
summary: Một hướng dẫn mẫu để kiểm tra.
lastChecked: 2026-11-01
sources:
  - title: Nguồn mẫu
    url: https://example.gov.vn/huong-dan
steps:
  - id: first
    title: Bước đầu tiên
    text: Mở ứng dụng và bấm **Bắt đầu** ngay.
    illustration: pic.svg
    see: Màn hình đầu của ứng dụng.
  - id: second
    title: Bước thứ hai
    text: Đọc kỹ thông tin rồi bấm **Tiếp tục**.
    illustration: pic.svg
    see: Màn hình tiếp theo.
${extraStep}`;
}

/** A temp project root holding every agreed tutorial (valid), with `overrides` replacing files by name. */
export function contentRoot(overrides: Record<string, string | undefined> = {}): string {
  const root = tempDir('tutorials-');
  mkdirSync(join(root, 'content/tutorials/illustrations'), { recursive: true });
  const files: Record<string, string | undefined> = { 'illustrations/pic.svg': SVG };
  for (const id of TUTORIAL_IDS) files[`${id}.yaml`] = tutorialYaml(id);
  Object.assign(files, overrides);
  for (const [name, text] of Object.entries(files)) {
    if (text !== undefined) writeFileSync(join(root, 'content/tutorials', name), text);
  }
  return root;
}

/** A tutorial built in code, for the pure core tests. */
export function makeTutorial(id: string, stepIds: string[], extra: Partial<TutorialStep>[] = []): Tutorial {
  return {
    id,
    title: { vi: 'Hướng dẫn' },
    summary: { vi: 'Tóm tắt' },
    lastChecked: '2026-11-01',
    sources: [{ title: 'Nguồn' }],
    illustrations: { 'pic.svg': '<svg/>' },
    steps: stepIds.map((sid, i) => ({
      id: sid,
      title: { vi: `Bước ${sid}`, en: `Step ${sid}` },
      text: { vi: `Làm **${sid}**`, en: `Do **${sid}**` },
      illustration: 'pic.svg',
      see: { vi: 'Màn hình', en: 'A screen' },
      tips: [],
      fixes: [],
      related: [],
      scamWarning: false,
      ...extra[i],
    })),
  };
}
