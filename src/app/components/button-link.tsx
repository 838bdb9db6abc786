import type { ComponentChildren } from 'preact';
import { Link } from '../router';

/** A link that looks like a big button: the main action of a screen (`action`: which one, as data-action). */
export function ButtonLink({
  href,
  children,
  secondary,
  action,
}: {
  href: string;
  children: ComponentChildren;
  secondary?: boolean;
  action?: string;
}) {
  return (
    <Link href={href} class={secondary ? 'button button-secondary' : 'button'} data-action={action}>
      {children}
    </Link>
  );
}
