export * from './identifiers.js';
export * from './recipient.js';
