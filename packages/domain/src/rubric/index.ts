export * from './rubric.js';
export * from './award-rule.js';
