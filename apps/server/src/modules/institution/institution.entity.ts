import { Check, Column, Entity, Unique } from 'typeorm';
import { nonBlank, Timestamped } from '../common/common.entity';

/** A university (the tenant): every other table is reachable from it. */
@Entity()
@Unique('uq_institution_slug', ['slug'])
@Check('ck_institution_name', nonBlank('name'))
@Check('ck_institution_slug', `slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'`)
export class Institution extends Timestamped {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** URL-safe handle, used in DID and document URLs. */
  @Column({ type: 'varchar', length: 63 })
  slug: string;

  /** IANA zone in which date-only values (terms, expiry) are reckoned. */
  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timeZone: string;
}
