/**
 * Which voice may read a tutorial aloud. Vietnamese text is only ever spoken by a Vietnamese voice:
 * an English voice reading Vietnamese is unintelligible, so without one the control is hidden.
 * Pure (voices are passed in) so the rule is tested without a browser.
 */
export interface VoiceLike {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

export function isVietnameseVoice(voice: VoiceLike): boolean {
  return /^vi([-_]|$)/i.test(voice.lang.trim());
}

/**
 * The best Vietnamese voice: one on the device first (it works offline; network voices fail
 * without a connection), then the platform's default, then any.
 */
export function chooseVietnameseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const vi = voices.filter(isVietnameseVoice);
  const score = (v: V) => (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  return [...vi].sort((a, b) => score(b) - score(a))[0];
}

/**
 * Splits a script into sentence-sized utterances: some browsers stop a long utterance after about
 * fifteen seconds, and short ones let "stop" act at once.
 */
export function utteranceChunks(script: string, max = 180): string[] {
  const sentences = script.match(/[^.!?…]+[.!?…]*/g) ?? [];
  const chunks: string[] = [];
  for (const raw of sentences) {
    const s = raw.trim();
    if (!s) continue;
    const last = chunks[chunks.length - 1];
    if (last !== undefined && last.length + s.length + 1 <= max) chunks[chunks.length - 1] = `${last} ${s}`;
    else chunks.push(s);
  }
  return chunks;
}
