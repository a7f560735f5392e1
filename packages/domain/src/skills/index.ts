export * from './skill-progress.js';
