import { Component, type FunctionComponent } from 'preact';

/**
 * Where the footer names who runs this copy. The line and its data load after the first paint
 * (a class, not hooks: the first screen's bundle carries no hooks library); the slot is last in
 * the page's flow, so the line's arrival moves nothing on the screen.
 */
export class UnitSlot extends Component<object, { Line: FunctionComponent | null }> {
  override state = { Line: null as FunctionComponent | null };

  override componentDidMount() {
    void import('./identity/unit-line').then((m) => this.setState({ Line: m.UnitLine }));
  }

  override render() {
    const { Line } = this.state;
    return <p>{Line && <Line />}</p>;
  }
}
