export * from './errors/index.js';
export * from './ids/index.js';
export * from './identity/index.js';
export * from './rubric/index.js';
export * from './skills/index.js';
export * from './expiry/index.js';
export * from './awards/index.js';
export * from './achievement/index.js';
