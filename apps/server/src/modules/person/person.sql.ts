/**
 * SQL for a person's primary e-mail address: the one credentials are issued to and shown to those who may read the
 * record (the primary identifier, else the oldest). `personId` is the SQL expression naming the person.
 */
export const primaryEmailSql = (personId: string): string =>
  `(SELECT pe.value FROM person_identifier pe WHERE pe.person_id = ${personId} AND pe.kind = 'email' ORDER BY pe.is_primary DESC, pe.created_at LIMIT 1)`;
