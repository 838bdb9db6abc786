import type { ComponentChildren } from 'preact';

/** A boxed note. Warnings (anti-scam, unverified data) use role=note with a visible label, not colour alone. */
export function Callout({ kind = 'info', title, children }: { kind?: 'info' | 'warning'; title?: string; children: ComponentChildren }) {
  return (
    <div class={`callout callout-${kind}`} role="note">
      {title && <p class="callout-title">{title}</p>}
      {children}
    </div>
  );
}
