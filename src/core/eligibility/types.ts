import type { LocalizedText } from '../i18n/languages';
import type { Service } from '../points/types';
import type { AgreedTutorialId } from '../tutorials/ids';

/**
 * A ruleset (bộ quy tắc) is one decree's eligibility rules as data, compiled from
 * content/rules/<decree>.yaml. The engine in this folder only walks it: a new decree is a new file.
 * Wording of questions lives in the locale files keyed by node and option id; wording of
 * conclusions (why, source, what to bring) lives here, because it changes with the law.
 */
export type NodeId = string;
export type OptionId = string;
export type OutcomeId = string;

/** Answers keyed by question node id: categorical option ids only, never personal data. */
export type Answers = Readonly<Record<NodeId, OptionId>>;

/** Every listed node's answer must be one of its listed options. */
export type Condition = Readonly<Record<NodeId, readonly OptionId[]>>;

export type Target = { kind: 'question'; id: NodeId } | { kind: 'outcome'; id: OutcomeId };

/** One routing rule of a question: the first rule whose condition holds decides where to go. */
export interface Rule {
  /** Absent: "otherwise". */
  when?: Condition;
  to: Target;
}

export interface QuestionOption {
  id: OptionId;
  /** 1–3 lower-case letters or digits, used in shared links; stable across rulesets. */
  code: string;
}

export interface Question {
  id: NodeId;
  /** One lower-case letter, used in shared links; stable across rulesets. */
  code: string;
  /** In display order. */
  options: readonly QuestionOption[];
  next: readonly Rule[];
}

export interface TutorialLink {
  tutorial: AgreedTutorialId;
  step?: string;
}

/** Something that stands in the way (SIM not in one's name, no chip card...) and how to clear it. */
export interface Blocker {
  id: string;
  /** Applies when this holds over the answers on the path; absent: always (for the outcomes listing it). */
  when?: Condition;
  title: LocalizedText;
  clear: LocalizedText;
  /** Said plainly when part of it is not confirmed by an official source (vneid-facts.md [U]/[S]). */
  unconfirmed?: LocalizedText;
  source: string;
  lastChecked: string;
  tutorials: readonly TutorialLink[];
  place?: Service;
}

export interface BringItem {
  id: string;
  text: LocalizedText;
  /** True when no official source lists it: shown as "not confirmed". */
  unconfirmed: boolean;
}

/** One conclusion (kết luận): what the person can get now and what to do next. */
export interface Outcome {
  id: OutcomeId;
  /** Cautious words: "Bạn có thể…". */
  title: LocalizedText;
  why: LocalizedText;
  source: string;
  lastChecked: string;
  unconfirmed?: LocalizedText;
  /** Blockers this outcome considers; each is shown only when its condition holds. */
  blockers: readonly string[];
  bring: readonly string[];
  /** Expected approval time in working days, when there is one answer. */
  waitingDays?: 1 | 3 | 7;
  /** What happens next, in order (the SMS, then activation...). */
  then: readonly LocalizedText[];
  /** The first is the one to open next. */
  tutorials: readonly TutorialLink[];
  /** Registration-point finder filter: /diem?dv=<place>. */
  place?: Service;
}

export interface Ruleset {
  id: string;
  /** The decree's name, e.g. "Nghị định 69/2024/NĐ-CP". */
  name: LocalizedText;
  legalBasis: LocalizedText;
  source: string;
  /** First day in force, YYYY-MM-DD. */
  validFrom: string;
  /** Last day in force, YYYY-MM-DD; absent while in force. */
  validUntil?: string;
  lastChecked: string;
  unconfirmed?: LocalizedText;
  start: NodeId;
  questions: Readonly<Record<NodeId, Question>>;
  outcomes: Readonly<Record<OutcomeId, Outcome>>;
  blockers: Readonly<Record<string, Blocker>>;
  bring: Readonly<Record<string, BringItem>>;
}
