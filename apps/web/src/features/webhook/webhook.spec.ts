import { canRedeliver, EVENT_OPTIONS, eventName, orderedEvents, sameEvents, urlProblem, webhookErrorMessage } from './webhook';

describe('webhook', () => {
  it('should list every event of the schema once, by its payload type', () => {
    expect(EVENT_OPTIONS.map((e) => e.name)).toEqual([
      'award.created',
      'award.suspended',
      'award.reinstated',
      'award.revoked',
      'evidence.assessed',
    ]);
    expect(eventName('EVIDENCE_ASSESSED')).toBe('evidence.assessed');
  });

  it('should compare event sets whatever their order', () => {
    expect(orderedEvents(['AWARD_REVOKED', 'AWARD_CREATED', 'AWARD_CREATED'])).toEqual(['AWARD_CREATED', 'AWARD_REVOKED']);
    expect(sameEvents(['AWARD_REVOKED', 'AWARD_CREATED'], ['AWARD_CREATED', 'AWARD_REVOKED'])).toBe(true);
    expect(sameEvents(['AWARD_CREATED'], ['AWARD_CREATED', 'AWARD_REVOKED'])).toBe(false);
  });

  it('should point out a missing, malformed or plain-http address before sending it', () => {
    expect(urlProblem('  ')).toBe('REQUIRED');
    expect(urlProblem('hooks.example.org/openclr')).toBe('INVALID_URL');
    expect(urlProblem('ftp://hooks.example.org/')).toBe('INVALID_URL');
    expect(urlProblem('http://hooks.example.org/openclr')).toBe('INSECURE_URL');
    expect(urlProblem(' https://hooks.example.org/openclr ')).toBeNull();
  });

  it('should allow redelivering finished deliveries only', () => {
    expect(canRedeliver('FAILED')).toBe(true);
    expect(canRedeliver('SUCCEEDED')).toBe(true);
    expect(canRedeliver('PENDING')).toBe(false);
  });

  it('should give copy for each typed error of the API and a fallback', () => {
    expect(webhookErrorMessage('INSECURE_URL')).toMatch(/https:\/\//);
    expect(webhookErrorMessage('PRIVATE_ADDRESS')).toMatch(/private/);
    expect(webhookErrorMessage('UNKNOWN_EVENT')).toMatch(/not known/);
    expect(webhookErrorMessage('DELIVERY_NOT_FINISHED')).toMatch(/still being attempted/);
    expect(webhookErrorMessage('RUBRIC_EMPTY_NAME')).toMatch(/did not work/);
  });
});
