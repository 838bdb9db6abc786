import { useT } from '../../hooks';

/**
 * The anti-scam warning: in full on the first step of a tutorial that needs it, folded after that
 * (its title still shows; one tap opens it), so it does not push each step's actions off the screen.
 */
export function ScamWarning({ full }: { full: boolean }) {
  const t = useT();
  if (full)
    return (
      <div class="callout callout-warning" role="note" data-scam="full">
        <p class="callout-title">{t('tutorials.scam.title')}</p>
        <p>{t('tutorials.scam.body')}</p>
      </div>
    );
  return (
    <details class="callout callout-warning scam-compact" data-scam="compact">
      <summary class="callout-title">{t('tutorials.scam.title')}</summary>
      <p>{t('tutorials.scam.body')}</p>
    </details>
  );
}
