// Integrator access and the 1EdTech REST APIs: personal access tokens, client-credentials clients and their access
// tokens (all stored as SHA-256 hashes), credentials learners upsert through the OB 3.0 / CLR 2.0 APIs, and
// oidc-provider's grants and tokens (keyed by hashes). Generated from the entities, reviewed.
import { MigrationInterface, QueryRunner } from "typeorm";

export class IntegratorAccessAndImsApi1796320036169 implements MigrationInterface {
    name = 'IntegratorAccessAndImsApi1796320036169'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "personal_access_token" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "person_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "token_hash" character(64) NOT NULL, "token_prefix" character varying(20) NOT NULL, "scopes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_personal_access_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_personal_access_token_name" CHECK (name <> '' AND name = btrim(name)), CONSTRAINT "ck_personal_access_token_hash" CHECK (token_hash ~ '^[0-9a-f]{64}$'), CONSTRAINT "pk_personal_access_token" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_personal_access_token_person" ON "personal_access_token"  ("person_id", "created_at")`);
        await queryRunner.query(`CREATE TABLE "integrator_client" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "institution_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "client_id" character varying(64) NOT NULL, "secret_hash" character(64) NOT NULL, "scopes" text array NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_integrator_client_client_id" UNIQUE ("client_id"), CONSTRAINT "ck_integrator_client_name" CHECK (name <> '' AND name = btrim(name)), CONSTRAINT "ck_integrator_client_secret_hash" CHECK (secret_hash ~ '^[0-9a-f]{64}$'), CONSTRAINT "pk_integrator_client" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_integrator_client_institution" ON "integrator_client"  ("institution_id", "created_at")`);
        await queryRunner.query(`CREATE TABLE "integrator_access_token" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "client_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "scopes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_integrator_access_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_integrator_access_token_hash" CHECK (token_hash ~ '^[0-9a-f]{64}$'), CONSTRAINT "pk_integrator_access_token" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_integrator_access_token_expires_at" ON "integrator_access_token"  ("expires_at")`);
        await queryRunner.query(`CREATE INDEX "ix_integrator_access_token_client" ON "integrator_access_token"  ("client_id")`);
        await queryRunner.query(`CREATE TABLE "imported_credential" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "person_id" uuid NOT NULL, "api" character varying(3) NOT NULL, "issuer_id" text NOT NULL, "credential_id" text NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE, "format" character varying(4) NOT NULL, "document" jsonb NOT NULL, "jws" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_imported_credential_identity" UNIQUE ("person_id", "api", "issuer_id", "credential_id"), CONSTRAINT "ck_imported_credential_format" CHECK (format IN ('json', 'jws')), CONSTRAINT "ck_imported_credential_api" CHECK (api IN ('ob', 'clr')), CONSTRAINT "pk_imported_credential" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_imported_credential_person" ON "imported_credential"  ("person_id", "api", "valid_from")`);
        await queryRunner.query(`CREATE TABLE "oauth_model" ("model" character varying(40) NOT NULL, "key" character(64) NOT NULL, "payload" jsonb NOT NULL, "grant_id" text, "user_code" text, "uid" text, "expires_at" TIMESTAMP WITH TIME ZONE, "consumed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_oauth_model" PRIMARY KEY ("model", "key"))`);
        await queryRunner.query(`CREATE INDEX "ix_oauth_model_expires_at" ON "oauth_model"  ("expires_at")`);
        await queryRunner.query(`CREATE INDEX "ix_oauth_model_uid" ON "oauth_model"  ("uid")`);
        await queryRunner.query(`CREATE INDEX "ix_oauth_model_grant" ON "oauth_model"  ("grant_id")`);
        await queryRunner.query(`ALTER TABLE "personal_access_token" ADD CONSTRAINT "fk_personal_access_token_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "integrator_client" ADD CONSTRAINT "fk_integrator_client_institution" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "integrator_client" ADD CONSTRAINT "fk_integrator_client_created_by" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "integrator_access_token" ADD CONSTRAINT "fk_integrator_access_token_client" FOREIGN KEY ("client_id") REFERENCES "integrator_client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "imported_credential" ADD CONSTRAINT "fk_imported_credential_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "imported_credential" DROP CONSTRAINT "fk_imported_credential_person"`);
        await queryRunner.query(`ALTER TABLE "integrator_access_token" DROP CONSTRAINT "fk_integrator_access_token_client"`);
        await queryRunner.query(`ALTER TABLE "integrator_client" DROP CONSTRAINT "fk_integrator_client_created_by"`);
        await queryRunner.query(`ALTER TABLE "integrator_client" DROP CONSTRAINT "fk_integrator_client_institution"`);
        await queryRunner.query(`ALTER TABLE "personal_access_token" DROP CONSTRAINT "fk_personal_access_token_person"`);
        await queryRunner.query(`DROP INDEX "public"."ix_oauth_model_grant"`);
        await queryRunner.query(`DROP INDEX "public"."ix_oauth_model_uid"`);
        await queryRunner.query(`DROP INDEX "public"."ix_oauth_model_expires_at"`);
        await queryRunner.query(`DROP TABLE "oauth_model"`);
        await queryRunner.query(`DROP INDEX "public"."ix_imported_credential_person"`);
        await queryRunner.query(`DROP TABLE "imported_credential"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrator_access_token_client"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrator_access_token_expires_at"`);
        await queryRunner.query(`DROP TABLE "integrator_access_token"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrator_client_institution"`);
        await queryRunner.query(`DROP TABLE "integrator_client"`);
        await queryRunner.query(`DROP INDEX "public"."ix_personal_access_token_person"`);
        await queryRunner.query(`DROP TABLE "personal_access_token"`);
    }
}
