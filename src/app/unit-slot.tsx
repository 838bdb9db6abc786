import { Component, type FunctionComponent } from 'preact';
import { whenIdle } from '../platform/when-idle';

/**
 * A part of a first-paint screen whose code and data load after the first paint (the footer's
 * unit line, the home screen's notices): a class, not hooks, since the first screen's bundle
 * carries no hooks library. Renders nothing until the part has loaded, or if it cannot load.
 */
export class LazySlot extends Component<{ load: () => Promise<FunctionComponent> }, { Part: FunctionComponent | null }> {
  override state = { Part: null as FunctionComponent | null };

  override componentDidMount() {
    // After the first paint, first among the jobs that follow it (idle-jobs.ts): this part's code,
    // data and work never delay the first screen, even on a busy phone.
    whenIdle('screen', this.props.load).then(
      (Part) => this.setState({ Part }),
      () => undefined,
    );
  }

  override render() {
    const { Part } = this.state;
    return Part ? <Part /> : null;
  }
}

/** Where the footer names who runs this copy; last in the page's flow, so its arrival moves nothing. */
export const UnitSlot = () => (
  <p>
    <LazySlot load={() => import('./identity/unit-line').then((m) => m.UnitLine)} />
  </p>
);
