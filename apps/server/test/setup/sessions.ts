import type { TestServer } from './server';

/**
 * A fresh session token for the person behind `email` in the institution `slug`, opened directly (no password, no
 * sign-in rate limit). Needed because a second seeded institution reuses the demo e-mail addresses.
 */
export async function sessionFor(server: TestServer, email: string, slug = 'northbridge'): Promise<string> {
  const [person] = (await server.db.dataSource.query(
    `SELECT i.person_id AS id FROM person_identifier i JOIN institution n ON n.id = i.institution_id
      WHERE i.kind = 'email' AND i.value = $1 AND n.slug = $2`,
    [email.toLowerCase(), slug],
  )) as { id: string }[];
  if (!person) throw new Error(`no ${email} in ${slug}`);
  const session = await server.app.modules.services.sessions.open(server.db.dataSource.manager, person.id, 1);
  return session.token;
}
