import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { site } from 'virtual:content/site';
import { pick } from '../../core/i18n/languages';
import { useLang } from '../i18n';

/**
 * Every screen's frame: one <h1> saying what the screen does, and the document title to match
 * (screen readers announce it, tabs and history show it). The h1 takes focus after an in-app
 * navigation so a screen-reader user hears where they are.
 */
export function Page({ title, children, lead }: { title: string; lead?: ComponentChildren; children?: ComponentChildren }) {
  const lang = useLang();
  useEffect(() => {
    document.title = `${title} · ${pick(site.title, lang)}`;
  }, [title, lang]);
  return (
    <article class="page">
      <h1 tabIndex={-1} class="page-title">
        {title}
      </h1>
      {lead && <p class="lead">{lead}</p>}
      {children}
    </article>
  );
}
