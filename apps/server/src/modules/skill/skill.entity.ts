import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { fk, nonBlank, Timestamped } from '../common/common.entity';
import { Institution } from '../institution/institution.entity';

/** A set of skills (own, or imported from CASE / ESCO / RSD). */
@Entity()
@Unique('uq_skill_framework_name', ['institutionId', 'name'])
@Check('ck_skill_framework_name', nonBlank('name'))
export class SkillFramework extends Timestamped {
  @Index('ix_skill_framework_institution')
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('skill_framework', 'institution'))
  institution: Relation<Institution>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** URI of the source framework (e.g. a CASE CFDocument) when imported. */
  @Column({ type: 'text', nullable: true })
  externalUri: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  version: string | null;
}

/** A skill in a framework's tree; `code` and `externalUri` carry CASE / ESCO / RSD alignment targets. */
@Entity()
@Unique('uq_skill_framework_code', ['frameworkId', 'code'])
@Index('ix_skill_framework', ['frameworkId', 'position'])
@Index('ix_skill_parent', ['parentId'])
@Check('ck_skill_name', nonBlank('name'))
@Check('ck_skill_parent', 'parent_id IS NULL OR parent_id <> id')
export class Skill extends Timestamped {
  @Column('uuid')
  frameworkId: string;

  @ManyToOne(() => SkillFramework, { onDelete: 'CASCADE' })
  @JoinColumn(fk('skill', 'framework'))
  framework: Relation<SkillFramework>;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Skill, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn(fk('skill', 'parent'))
  parent: Relation<Skill> | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  code: string | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  externalUri: string | null;

  /** Order among siblings. */
  @Column({ type: 'integer', default: 0 })
  position: number;
}
