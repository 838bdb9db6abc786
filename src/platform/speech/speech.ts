import { chooseVietnameseVoice, utteranceChunks } from './voice';

/**
 * Read aloud (đọc to) with the Web Speech API, in Vietnamese only. The only module that touches
 * speechSynthesis.
 */
function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/**
 * The device's Vietnamese voice, or undefined (then no read-aloud control is shown). Voices load
 * asynchronously in some browsers: wait briefly for `voiceschanged`.
 */
export function findVietnameseVoice(timeoutMs = 2000): Promise<SpeechSynthesisVoice | undefined> {
  const s = synth();
  if (!s) return Promise.resolve(undefined);
  const now = chooseVietnameseVoice(s.getVoices());
  if (now || s.getVoices().length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      s.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(chooseVietnameseVoice(s.getVoices()));
    };
    const timer = setTimeout(done, timeoutMs);
    s.addEventListener('voiceschanged', done);
  });
}

/** Speaks a Vietnamese script; `onEnd` runs when it finishes or is stopped. */
export function speakVietnamese(script: string, voice: SpeechSynthesisVoice, onEnd: () => void): void {
  const s = synth();
  if (!s) return onEnd();
  s.cancel();
  const chunks = utteranceChunks(script);
  if (chunks.length === 0) return onEnd();
  chunks.forEach((text, i) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9; // a little slower: many listeners are older people hearing the steps for the first time
    if (i === chunks.length - 1) u.onend = onEnd;
    u.onerror = onEnd;
    s.speak(u);
  });
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
