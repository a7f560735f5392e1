import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { fk, oneOf, Timestamped } from '../common/common.entity';
import { Experience } from '../experience/experience.entity';
import { Person } from '../person/person.entity';

export const EVIDENCE_KINDS = ['file', 'url', 'narrative'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A learner-owned artifact (file, link or reflection) produced in an experience (OB 3.0 `Evidence`). */
@Entity()
@Index('ix_evidence_learner_submitted_at', ['learnerId', 'submittedAt'])
@Index('ix_evidence_experience_submitted_at', ['experienceId', 'submittedAt'])
@Check('ck_evidence_kind', oneOf('kind', EVIDENCE_KINDS))
@Check('ck_evidence_title', `title IS NULL OR (title <> '' AND title = btrim(title))`)
@Check(
  'ck_evidence_file',
  `kind <> 'file' OR (file_name IS NOT NULL AND file_sha256 IS NOT NULL AND file_size IS NOT NULL
    AND media_type IS NOT NULL AND storage_key IS NOT NULL)`,
)
@Check('ck_evidence_url', `kind <> 'url' OR url ~ '^https?://'`)
@Check('ck_evidence_narrative', `kind <> 'narrative' OR btrim(narrative) <> ''`)
@Check('ck_evidence_file_sha256', `file_sha256 IS NULL OR file_sha256 ~ '^[0-9a-f]{64}$'`)
@Check('ck_evidence_file_size', 'file_size IS NULL OR file_size >= 0')
export class Evidence extends Timestamped {
  @Column('uuid')
  learnerId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('evidence', 'learner'))
  learner: Relation<Person>;

  @Column('uuid')
  experienceId: string;

  @ManyToOne(() => Experience, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('evidence', 'experience'))
  experience: Relation<Experience>;

  @Column({ type: 'varchar', length: 20 })
  kind: EvidenceKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  /** The reflection for `narrative`, or an optional note on a file or link. */
  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  fileSha256: string | null;

  @Column({ type: 'bigint', nullable: true })
  fileSize: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  mediaType: string | null;

  /** Key of the blob in file storage; never exposed directly. */
  @Column({ type: 'text', nullable: true })
  storageKey: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;
}
