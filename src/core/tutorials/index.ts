// The tutorials' pure model: what the guide screens, the content build and the tests share.
export * from './ids';
export * from './types';
export * from './refs';
export * from './navigation';
export * from './progress';
export * from './freshness';
export * from './text';
