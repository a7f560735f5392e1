/** User-error codes of webhook subscriptions (no imports: `graphql/errors.ts` merges them); INVALID_URL is SSO's. */
export enum WebhookErrorCode {
  INSECURE_URL = 'INSECURE_URL',
  PRIVATE_ADDRESS = 'PRIVATE_ADDRESS',
  UNKNOWN_EVENT = 'UNKNOWN_EVENT',
  DELIVERY_NOT_FINISHED = 'DELIVERY_NOT_FINISHED',
}
