import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { Award } from '../award/award.entity';
import { fk, nonBlank, oneOf, Timestamped } from '../common/common.entity';
import { Person } from '../person/person.entity';

export const SHARE_KINDS = ['awards', 'clr'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

/** A learner-curated set of awards (or a CLR) behind an unguessable link; only the token's SHA-256 is stored. */
@Entity()
@Unique('uq_share_token_hash', ['tokenHash'])
@Index('ix_share_learner', ['learnerId'])
@Check('ck_share_kind', oneOf('kind', SHARE_KINDS))
@Check('ck_share_title', nonBlank('title'))
@Check('ck_share_token_hash', `token_hash ~ '^[0-9a-f]{64}$'`)
@Check('ck_share_view_count', 'view_count >= 0')
export class Share extends Timestamped {
  @Column('uuid')
  learnerId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('share', 'learner'))
  learner: Relation<Person>;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 10 })
  kind: ShareKind;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  viewCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastViewedAt: Date | null;
}

/** An award included in a share, in the learner's order. */
@Entity()
@Unique('uq_share_award', ['shareId', 'awardId'])
@Index('ix_share_award_award', ['awardId'])
@Check('ck_share_award_position', 'position >= 0')
export class ShareAward extends Timestamped {
  @Column('uuid')
  shareId: string;

  @ManyToOne(() => Share, { onDelete: 'CASCADE' })
  @JoinColumn(fk('share_award', 'share'))
  share: Relation<Share>;

  @Column('uuid')
  awardId: string;

  @ManyToOne(() => Award, { onDelete: 'CASCADE' })
  @JoinColumn(fk('share_award', 'award'))
  award: Relation<Award>;

  @Column({ type: 'integer', default: 0 })
  position: number;
}
