// Issuer signing keys, the signed documents of each award, and one Bitstring Status List per issuer and purpose.
import { MigrationInterface, QueryRunner } from "typeorm";

export class CredentialsAndStatusLists1796318472631 implements MigrationInterface {
    name = 'CredentialsAndStatusLists1796318472631'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "issuer_key" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "issuer_id" uuid NOT NULL, "algorithm" character varying(10) NOT NULL, "controller" text NOT NULL, "verification_method" text NOT NULL, "public_key" jsonb NOT NULL, "private_key_encrypted" text NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_issuer_key_verification_method" UNIQUE ("verification_method"), CONSTRAINT "ck_issuer_key_controller" CHECK (controller LIKE 'did:%'), CONSTRAINT "ck_issuer_key_algorithm" CHECK (algorithm IN ('Ed25519', 'RS256')), CONSTRAINT "pk_issuer_key" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_issuer_key_active" ON "issuer_key"  ("issuer_id", "algorithm") WHERE retired_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "award_credential" ("award_id" uuid NOT NULL, "document" jsonb NOT NULL, "jwt" text NOT NULL, "issuer_key_id" uuid NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_award_credential_jwt" CHECK (jwt ~ '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$'), CONSTRAINT "pk_award_credential" PRIMARY KEY ("award_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_award_credential_key" ON "award_credential"  ("issuer_key_id") `);
        await queryRunner.query(`CREATE TABLE "status_list" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "issuer_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "bits" bytea NOT NULL, "version" integer NOT NULL DEFAULT '1', "signed_document" jsonb, "signed_version" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_status_list_issuer_purpose" UNIQUE ("issuer_id", "purpose"), CONSTRAINT "ck_status_list_length" CHECK (octet_length(bits) * 8 >= 131072), CONSTRAINT "ck_status_list_purpose" CHECK (purpose IN ('revocation', 'suspension')), CONSTRAINT "pk_status_list" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "issuer_key" ADD CONSTRAINT "fk_issuer_key_issuer" FOREIGN KEY ("issuer_id") REFERENCES "issuer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "award_credential" ADD CONSTRAINT "fk_award_credential_award" FOREIGN KEY ("award_id") REFERENCES "award"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "award_credential" ADD CONSTRAINT "fk_award_credential_issuer_key" FOREIGN KEY ("issuer_key_id") REFERENCES "issuer_key"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "status_list" ADD CONSTRAINT "fk_status_list_issuer" FOREIGN KEY ("issuer_id") REFERENCES "issuer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "status_list" DROP CONSTRAINT "fk_status_list_issuer"`);
        await queryRunner.query(`ALTER TABLE "award_credential" DROP CONSTRAINT "fk_award_credential_issuer_key"`);
        await queryRunner.query(`ALTER TABLE "award_credential" DROP CONSTRAINT "fk_award_credential_award"`);
        await queryRunner.query(`ALTER TABLE "issuer_key" DROP CONSTRAINT "fk_issuer_key_issuer"`);
        await queryRunner.query(`DROP TABLE "status_list"`);
        await queryRunner.query(`DROP INDEX "public"."ix_award_credential_key"`);
        await queryRunner.query(`DROP TABLE "award_credential"`);
        await queryRunner.query(`DROP INDEX "public"."uq_issuer_key_active"`);
        await queryRunner.query(`DROP TABLE "issuer_key"`);
    }

}
