import { invalidInput } from '../errors.js';

const EXT = /^ext:[A-Za-z0-9._-]+$/;

/**
 * Returns `value` when it belongs to the closed list, keeps a valid `ext:` term, and prefixes any other token with
 * `ext:` as OB 3.0 requires for custom values of extensible vocabularies; anything that cannot become a valid term
 * throws `INVALID_INPUT` naming the field.
 */
export function extensibleTerm(value: string, known: readonly string[], field: readonly (string | number)[]): string {
  if (known.includes(value)) return value;
  const term = value.startsWith('ext:') ? value : `ext:${value}`;
  if (!EXT.test(term)) throw invalidInput(field, `${JSON.stringify(value)} is neither a known term nor a valid ext: term`);
  return term;
}
