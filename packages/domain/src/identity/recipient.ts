import type { IdentifierKind } from './identifiers.js';

/** An identifier as stored on a person (already normalised). */
export interface PersonIdentifierLike {
  readonly kind: IdentifierKind;
  readonly value: string;
  readonly verified: boolean;
  readonly primary?: boolean;
}

/**
 * Which of a person's identifiers goes into a credential, and under which type:
 * OB 3.0 `IdentityObject.identityType` (IdentifierTypeEnum) and the OB 2.0 `recipient.type`.
 */
export interface RecipientIdentifier {
  readonly kind: IdentifierKind;
  /** The plaintext value; the credentials package salts and hashes it. */
  readonly identity: string;
  readonly ob3IdentityType: 'emailAddress' | 'sisSourcedId';
  /** OB 2.0 only knows email/url/telephone recipients: null means no OB 2.0 assertion can name this person. */
  readonly ob2RecipientType: 'email' | null;
}

/**
 * Chooses the recipient identifier for a credential: a verified e-mail (primary first), else a verified student
 * number (OB 3.0 `sisSourcedId`). SSO subjects are never used: they are opaque to anyone outside the institution,
 * so a verifier could not match them to the holder. Null when the person has nothing suitable.
 */
export function chooseRecipientIdentifier(identifiers: readonly PersonIdentifierLike[]): RecipientIdentifier | null {
  const verified = identifiers.filter((identifier) => identifier.verified);
  const email =
    verified.find((identifier) => identifier.kind === 'email' && identifier.primary) ??
    verified.find((identifier) => identifier.kind === 'email');
  if (email) return { kind: 'email', identity: email.value, ob3IdentityType: 'emailAddress', ob2RecipientType: 'email' };
  const studentId = verified.find((identifier) => identifier.kind === 'student_id');
  if (studentId) {
    return { kind: 'student_id', identity: studentId.value, ob3IdentityType: 'sisSourcedId', ob2RecipientType: null };
  }
  return null;
}
