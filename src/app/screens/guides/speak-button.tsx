import { useEffect, useState } from 'preact/hooks';
import { speechScript } from '../../../core/tutorials/text';
import type { TutorialStep } from '../../../core/tutorials/types';
import { findVietnameseVoice, speakVietnamese, stopSpeaking } from '../../../platform/speech/speech';
import { useT } from '../../hooks';
import { makeT } from '../../i18n';

/**
 * Reads the step aloud in Vietnamese (the step's Vietnamese text, whatever the screen's language:
 * a volunteer using English still reads to a Vietnamese household). Not rendered at all when the
 * device has no Vietnamese voice: Vietnamese spoken by an English voice would mislead.
 */
export function SpeakButton({ step }: { step: TutorialStep }) {
  const t = useT();
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>();
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    let live = true;
    void findVietnameseVoice().then((v) => live && setVoice(v));
    return () => {
      live = false;
      stopSpeaking();
    };
  }, []);

  if (!voice) return null;
  const toggle = () => {
    if (speaking) {
      stopSpeaking();
      setSpeaking(false);
      return;
    }
    const vi = makeT('vi');
    const script = speechScript(step, 'vi', {
      see: vi('tutorials.speech.see'),
      tips: vi('tutorials.speech.tips'),
      scam: vi('tutorials.scam.body'),
    });
    setSpeaking(true);
    speakVietnamese(script, voice, () => setSpeaking(false));
  };
  return (
    <button
      type="button"
      class="button button-secondary speak-button"
      data-action="read-aloud"
      data-speaking={speaking ? 'yes' : 'no'}
      onClick={toggle}
    >
      {speaking ? t('tutorials.speech.stop') : t('tutorials.speech.read')}
    </button>
  );
}
