import { decodeGlobalId } from '@openclr/domain';
import { InputError, UserError, UserErrorCode } from './errors';

/**
 * Decodes the global IDs of a mutation input, collecting a typed error (naming the field) for each one that is
 * malformed or of the wrong type instead of throwing, so that every problem is reported at once.
 */
export class InputIds {
  readonly errors: UserError[] = [];

  decode(type: string, globalId: string, field: string[]): string {
    try {
      return decodeGlobalId(globalId, type).id;
    } catch {
      this.errors.push(new InputError(UserErrorCode.INVALID_ID, `This is not a valid ${type} ID.`, field));
      return '';
    }
  }
}
