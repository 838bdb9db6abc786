// The counts vocabulary and batch schema, shared by the app, the collector and the dashboard.
export * from './vocabulary';
export * from './dimensions';
export * from './limits';
export * from './batch';
export * from './metrics';
export * from './labels';
