export * from './award-state.js';
