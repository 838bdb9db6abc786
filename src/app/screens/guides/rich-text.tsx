import { textParts } from '../../../core/tutorials/text';

/** A step text with the app's button labels (`**Label**`) in bold, as the style guide asks. */
export function RichText({ text }: { text: string }) {
  return <>{textParts(text).map((part, i) => (part.strong ? <strong key={i}>{part.text}</strong> : part.text))}</>;
}
