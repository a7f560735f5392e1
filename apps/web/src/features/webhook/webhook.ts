import type { UserErrorCode, WebhookDeliveryStatus, WebhookEventType } from '../../gql/graphql';

/** What went wrong that was not a typed error of the payload. */
export type WebhookFailure = 'NETWORK' | 'UNEXPECTED';

export interface EventOption {
  value: WebhookEventType;
  /** The payload `type`, e.g. `award.created`. */
  name: string;
  description: string;
}

// A Record over the schema's enum: an event added to the server fails the type check here until it has copy.
const EVENTS: Record<WebhookEventType, Omit<EventOption, 'value'>> = {
  AWARD_CREATED: { name: 'award.created', description: 'An achievement was awarded.' },
  AWARD_SUSPENDED: { name: 'award.suspended', description: 'An award was suspended.' },
  AWARD_REINSTATED: { name: 'award.reinstated', description: 'A suspended award was reinstated.' },
  AWARD_REVOKED: { name: 'award.revoked', description: 'An award was revoked for good.' },
  EVIDENCE_ASSESSED: { name: 'evidence.assessed', description: 'An assessor rated evidence against a rubric.' },
};

/** Every event, in the order the form lists them. */
export const EVENT_OPTIONS: readonly EventOption[] = (
  ['AWARD_CREATED', 'AWARD_SUSPENDED', 'AWARD_REINSTATED', 'AWARD_REVOKED', 'EVIDENCE_ASSESSED'] as const
).map((value) => ({ value, ...EVENTS[value] }));

/** The event as receivers see it in the payload `type` (the lower-case dotted form). */
export function eventName(event: WebhookEventType): string {
  return EVENTS[event]?.name ?? event.toLowerCase().replace(/_/g, '.');
}

/** Events in form order, whatever order they were ticked or stored in. */
export function orderedEvents(events: Iterable<WebhookEventType>): WebhookEventType[] {
  const set = new Set(events);
  return EVENT_OPTIONS.map((o) => o.value).filter((e) => set.has(e));
}

export function sameEvents(a: readonly WebhookEventType[], b: readonly WebhookEventType[]): boolean {
  const x = orderedEvents(a);
  const y = orderedEvents(b);
  return x.length === y.length && x.every((e, i) => e === y[i]);
}

export const DELIVERY_STATUS: Record<WebhookDeliveryStatus, { label: string; tone: 'success' | 'warning' | 'danger' }> = {
  SUCCEEDED: { label: 'Delivered', tone: 'success' },
  PENDING: { label: 'Pending', tone: 'warning' },
  FAILED: { label: 'Failed', tone: 'danger' },
};

/** Only finished deliveries can be sent again; a pending one is still being retried. */
export function canRedeliver(status: WebhookDeliveryStatus): boolean {
  return status !== 'PENDING';
}

/**
 * A quick check of the address before it is sent, so an obvious slip is pointed out at once; the server's check
 * (public address, https) remains the authority and its codes are shown the same way.
 */
export function urlProblem(value: string): Extract<UserErrorCode, 'REQUIRED' | 'INVALID_URL' | 'INSECURE_URL'> | null {
  const trimmed = value.trim();
  if (!trimmed) return 'REQUIRED';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'INVALID_URL';
  }
  if (url.protocol === 'http:') return 'INSECURE_URL';
  if (url.protocol !== 'https:') return 'INVALID_URL';
  return null;
}

/** UI copy for a typed error of the webhook mutations. Branches on the code only. */
export function webhookErrorMessage(code: UserErrorCode | WebhookFailure): string {
  switch (code) {
    case 'INVALID_URL':
      return 'Enter a full web address like https://lms.example.edu/openclr, without a user name or #fragment.';
    case 'INSECURE_URL':
      return 'The address must start with https:// so events travel encrypted.';
    case 'PRIVATE_ADDRESS':
      return 'That address is on a private, loopback or reserved network. Use an address reachable from the internet.';
    case 'UNKNOWN_EVENT':
      return 'One of the events is not known to this server. Reload the page and choose again.';
    case 'REQUIRED':
      return 'Enter the address and choose at least one event.';
    case 'NOT_FOUND':
      return 'This subscription or delivery no longer exists. Reload the page to see the current list.';
    case 'DELIVERY_NOT_FINISHED':
      return 'This delivery is still being attempted. It can be sent again once it has succeeded or failed.';
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return 'Only institution administrators can manage webhooks.';
    case 'NETWORK':
      return 'OpenCLR could not be reached. Check your connection and try again.';
    default:
      return 'That did not work this time. Please try again in a moment.';
  }
}
