// The two "before the trip" screens share one lazy chunk: the registry then names one import for
// both, which keeps the first screen's bundle within its byte budget (docs/decisions/0005).
export { ReadinessScreen } from '../readiness/readiness-screen';
export { SlipScreen } from '../slip/slip-screen';
