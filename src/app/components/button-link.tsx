import type { ComponentChildren } from 'preact';
import { Link } from '../router';

/** A link that looks like a big button: the main action of a screen. */
export function ButtonLink({ href, children, secondary }: { href: string; children: ComponentChildren; secondary?: boolean }) {
  return (
    <Link href={href} class={secondary ? 'button button-secondary' : 'button'}>
      {children}
    </Link>
  );
}
