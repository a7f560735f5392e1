export * from './domain-error.js';
export * from './error-codes.js';
export * from './graphql-category.js';
