import { isOption, walk, type Step } from './flow';
import type { Answers, NodeId, OptionId, Ruleset } from './types';

/**
 * Answers in a URL: `?a=nv-a14-sn-cc-so-pn`, one segment per answered question, made of the
 * question's one-letter code and the option's code. Short enough for a small QR code, categorical
 * (no personal data), and readable enough to debug by eye.
 */
export const SEPARATOR = '-';

/** A link with more pieces, or longer text, than this is not one we made: only its start is read. */
export const MAX_PIECES = 16;
export const MAX_ANSWERS_TEXT = 400;

/** What a piece can be: the question's letter and the option's code (one to three letters or digits). */
export const ANSWER_PIECE = /^[a-z][a-z0-9]{1,3}$/;

/** The pieces of a link's answers, lower-case. Separators other than ours are forgiven: a link
 * retyped from paper may use dots or spaces. */
export function answerPieces(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[-.,;_\s]+/)
    .filter((p) => p !== '');
}

export function encodeAnswers(ruleset: Ruleset, steps: readonly Step[]): string {
  const parts: string[] = [];
  for (const { question, answer } of steps) {
    const q = ruleset.questions[question];
    const o = q?.options.find((opt) => opt.id === answer);
    if (q && o) parts.push(q.code + o.code);
  }
  return parts.join(SEPARATOR);
}

/** Why a piece of a link could not be used. */
export type DropReason =
  | 'unknown-question' // no question has this letter (a newer or mistyped link)
  | 'unknown-answer' // the question exists but this answer is not one of its options (an outdated link)
  | 'repeated' // the same question twice: the first answer is kept
  | 'unreadable'; // not letters and digits

export interface DroppedAnswer {
  /** The piece as found, cut short and limited to safe characters, for display. */
  text: string;
  /** Known when the question letter was recognised. */
  question?: NodeId;
  reason: DropReason;
}

export interface DecodedAnswers {
  answers: Answers;
  dropped: DroppedAnswer[];
}

/**
 * Reads answers back from a link and never fails: every valid piece is kept, and every piece that
 * cannot be used is reported, so the screen can say which answers need giving again.
 */
export function decodeAnswers(ruleset: Ruleset, raw: string | null | undefined): DecodedAnswers {
  const answers: Record<NodeId, OptionId> = {};
  const dropped: DroppedAnswer[] = [];
  const text = raw ?? '';
  const tooLong = text.length > MAX_ANSWERS_TEXT;
  const pieces = answerPieces(text.slice(0, MAX_ANSWERS_TEXT));
  // A cut-off last piece could read as a different answer ("a14" cut to "a1"): never use it.
  if (pieces.length > MAX_PIECES || tooLong) {
    if (tooLong) pieces.pop();
    dropped.push({ text: '…', reason: 'unreadable' });
  }
  for (const piece of pieces.slice(0, MAX_PIECES)) {
    if (!ANSWER_PIECE.test(piece)) {
      dropped.push({ text: shown(piece), reason: 'unreadable' });
      continue;
    }
    const letter = piece.slice(0, 1);
    const code = piece.slice(1);
    const question = Object.values(ruleset.questions).find((q) => q.code === letter);
    if (!question) {
      dropped.push({ text: piece, reason: 'unknown-question' });
      continue;
    }
    const option = question.options.find((o) => o.code === code);
    if (!option) {
      dropped.push({ text: piece, question: question.id, reason: 'unknown-answer' });
      continue;
    }
    if (question.id in answers) {
      dropped.push({ text: piece, question: question.id, reason: 'repeated' });
      continue;
    }
    answers[question.id] = option.id;
  }
  return { answers, dropped };
}

function shown(piece: string): string {
  const safe = piece.replace(/[^a-z0-9]/g, '?');
  return safe.length > 8 ? `${safe.slice(0, 7)}…` : safe;
}

/**
 * The link for a set of answers. Once decided, only the answers on the route (nothing that was
 * skipped). While questions remain, answers given ahead of their question (the card's QR code
 * fills in the card type before it is asked) are kept too, so the question is skipped when reached.
 */
export function encodeForLink(ruleset: Ruleset, answers: Answers): string {
  const progress = walk(ruleset, answers);
  if (progress.next.kind === 'outcome') return encodeAnswers(ruleset, progress.steps);
  const onRoute = new Set(progress.steps.map((s) => s.question));
  const ahead = Object.values(ruleset.questions)
    .filter((q) => !onRoute.has(q.id) && isOption(q, answers[q.id]))
    .map((q) => ({ question: q.id, answer: answers[q.id] ?? '' }));
  return encodeAnswers(ruleset, [...progress.steps, ...ahead]);
}
