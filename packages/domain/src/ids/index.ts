export * from './base64url.js';
export * from './global-id.js';
