import { Component, type ComponentChildren } from 'preact';
import { site } from 'virtual:content/site';
import { pick } from '../../core/i18n/languages';
import { I18nContext, type I18n } from '../i18n';

interface Props {
  title: string;
  lead?: ComponentChildren;
  children?: ComponentChildren;
}

/**
 * Every screen's frame: one <h1> saying what the screen does, and the document title to match
 * (screen readers announce it, tabs and history show it). The app focuses the h1 after an in-app
 * navigation. A class (no hooks) because the home screen uses it: see docs/decisions/0005.
 */
export class Page extends Component<Props> {
  static override contextType = I18nContext;
  declare context: I18n;

  override componentDidMount() {
    this.setTitle();
  }

  override componentDidUpdate() {
    this.setTitle();
  }

  private setTitle() {
    // The same title as the build gives a pre-rendered page (src/app/prerender.tsx).
    document.title = `${this.props.title} · ${pick(site.title, this.context.lang)}`;
  }

  override render({ title, lead, children }: Props) {
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
}
