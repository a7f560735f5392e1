export * from './local-date.js';
export * from './expiry-policy.js';
