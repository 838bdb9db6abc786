/**
 * The step's phone-screen drawing. The markup was checked at build time (no scripts, links, ids
 * or styles) and is inlined from the tutorial's own module, so it works offline. Hidden from
 * screen readers: "what you should see" says the same in words.
 */
export function Illustration({ markup }: { markup: string | undefined }) {
  if (!markup) return null;
  return <div class="step-illustration" data-illustration aria-hidden="true" dangerouslySetInnerHTML={{ __html: markup }} />;
}
