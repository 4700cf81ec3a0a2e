export * from './context';
export * from './cursor';
export * from './selectors';
export * from './state';
export * from './stepTable';
export { createGateScopeStore, type GateScopeInit, type GateScopeStore } from './store';
export { DEFAULTS, sineInput } from './defaults';
