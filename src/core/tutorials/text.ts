import { pick, type Lang } from '../i18n/languages';
import type { TutorialStep } from './types';

/**
 * Step texts are plain, except `**Label**` for a button label exactly as the app shows it, so the
 * screen can print it in bold and a person can match it on the phone (style guide: labels in bold).
 */
export interface TextPart {
  text: string;
  strong: boolean;
}

export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  text.split('**').forEach((piece, i) => {
    if (piece !== '') parts.push({ text: piece, strong: i % 2 === 1 });
  });
  return parts;
}

/** An odd number of `**` leaves a label open: the build reports it instead of printing stray stars. */
export function hasBalancedEmphasis(text: string): boolean {
  return text.split('**').length % 2 === 1;
}

export function plainText(text: string): string {
  return text.split('**').join('');
}

/** Words spoken before parts of a step: from the screen's locale, so core stays free of UI text. */
export interface SpeechLabels {
  see: string;
  tips: string;
  scam?: string;
}

/** What "read aloud" (đọc to) says for a step: title, text, what you should see, tips, then the warning. */
export function speechScript(step: TutorialStep, lang: Lang, labels: SpeechLabels): string {
  const parts = [pick(step.title, lang), pick(step.text, lang), `${labels.see} ${pick(step.see, lang)}`];
  if (step.tips.length) parts.push(`${labels.tips} ${step.tips.map((t) => pick(t, lang)).join(' ')}`);
  if (step.scamWarning && labels.scam) parts.push(labels.scam);
  return parts.map((p) => ensureStop(plainText(p).trim())).join(' ');
}

function ensureStop(sentence: string): string {
  return /[.!?:…]$/.test(sentence) ? sentence : `${sentence}.`;
}
