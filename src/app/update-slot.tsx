import { Component, type FunctionComponent } from 'preact';
import { getSwState, onSwState } from '../platform/sw-events';
import { loadNamespaces } from './i18n';
import type { Lang } from '../core/i18n/languages';

/**
 * Where the update banner appears. The banner and its texts load only once the service worker has
 * something to say, so the first screen never pays for them.
 */
export class UpdateSlot extends Component<{ lang: Lang }, { Banner: FunctionComponent | null }> {
  private stop: (() => void) | null = null;
  override state = { Banner: null as FunctionComponent | null };

  override componentDidMount() {
    const show = () =>
      void Promise.all([import('./update-banner'), loadNamespaces(this.props.lang, ['update'])]).then(([m]) =>
        this.setState({ Banner: m.UpdateBanner }),
      );
    if (getSwState() !== 'none') show();
    this.stop = onSwState((s) => s !== 'none' && show());
  }

  override componentWillUnmount() {
    this.stop?.();
  }

  override render() {
    const { Banner } = this.state;
    return Banner ? <Banner /> : null;
  }
}
