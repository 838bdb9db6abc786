import type { LocalizedText } from '../i18n/languages';

/**
 * A tutorial as compiled from content/tutorials/<id>.yaml (hướng dẫn từng bước). One step is one
 * screen with its own URL, /huong-dan/<tutorial>/<step>.
 */
export interface Tutorial {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** YYYY-MM-DD: when an organizer last checked the steps against the app; older than six months shows a warning. */
  lastChecked: string;
  sources: TutorialSource[];
  steps: TutorialStep[];
  /** Illustration file name → minified SVG markup, checked at build time (no scripts, no external references). */
  illustrations: Record<string, string>;
}

export interface TutorialSource {
  title: string;
  url?: string;
}

export interface TutorialStep {
  /** Stable slug: part of the step's URL. */
  id: string;
  /** Former ids of a renamed step: their URLs (already printed as QR codes) redirect here. */
  aliases?: string[];
  title: LocalizedText;
  /** Short plain text; `**Label**` marks a button label as it appears in the app. */
  text: LocalizedText;
  /** File name in content/tutorials/illustrations/, a key of Tutorial.illustrations. */
  illustration: string;
  /** "What you should see" when the step worked (bạn sẽ thấy). */
  see: LocalizedText;
  tips: LocalizedText[];
  /** Step ids in the fix-problems tutorial: where "I'm stuck" leads. */
  fixes: string[];
  /** Other tutorials or steps worth opening next. */
  related: StepRef[];
  /** Shows the anti-scam warning: set on every step about an OTP, a password or a passcode. */
  scamWarning: boolean;
  /** What in this step is not confirmed by an official source, said plainly ([U] in vneid-facts.md). */
  unconfirmed?: LocalizedText;
}

/** A link to a tutorial (its first or resumed step) or to one of its steps. */
export interface StepRef {
  tutorial: string;
  step?: string;
}

/** What the small index module holds for the list of tutorials: enough to list them, nothing more. */
export interface TutorialSummary {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  lastChecked: string;
  /** Step ids in order: "step n of m" and resume links without loading the tutorial. */
  stepIds: string[];
}
