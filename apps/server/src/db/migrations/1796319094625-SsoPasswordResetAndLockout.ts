// Per-institution OpenID Connect connections (client secret sealed by the key vault), single-use password reset
// tokens (hashed), and sign-in throttling per account and per client address (keys hashed).
import { MigrationInterface, QueryRunner } from "typeorm";

export class SsoPasswordResetAndLockout1796319094625 implements MigrationInterface {
    name = 'SsoPasswordResetAndLockout1796319094625'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sign_in_throttle" ("key" character(64) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_sign_in_throttle_failures" CHECK (failures >= 0), CONSTRAINT "ck_sign_in_throttle_key" CHECK (key ~ '^[0-9a-f]{64}$'), CONSTRAINT "pk_sign_in_throttle" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE INDEX "ix_sign_in_throttle_window" ON "sign_in_throttle"  ("window_started_at") `);
        await queryRunner.query(`CREATE TABLE "password_reset_token" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "person_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_password_reset_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_password_reset_token_expiry" CHECK (expires_at > created_at), CONSTRAINT "ck_password_reset_token_hash" CHECK (token_hash ~ '^[0-9a-f]{64}$'), CONSTRAINT "pk_password_reset_token" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_password_reset_token_person" ON "password_reset_token"  ("person_id") `);
        await queryRunner.query(`CREATE TABLE "sso_connection" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "institution_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "issuer_url" character varying(500) NOT NULL, "client_id" character varying(255) NOT NULL, "client_secret_encrypted" text, "scopes" text array NOT NULL DEFAULT '{openid,email,profile}', "subject_claim" character varying(100) NOT NULL DEFAULT 'sub', "email_claim" character varying(100) NOT NULL DEFAULT 'email', "allowed_email_domains" text array NOT NULL DEFAULT '{}', "enabled" boolean NOT NULL DEFAULT true, CONSTRAINT "uq_sso_connection_issuer" UNIQUE ("institution_id", "issuer_url"), CONSTRAINT "ck_sso_connection_scopes" CHECK ('openid' = ANY (scopes)), CONSTRAINT "ck_sso_connection_client_id" CHECK (client_id <> '' AND client_id = btrim(client_id)), CONSTRAINT "ck_sso_connection_issuer_url" CHECK (issuer_url ~ '^https?://'), CONSTRAINT "ck_sso_connection_name" CHECK (name <> '' AND name = btrim(name)), CONSTRAINT "pk_sso_connection" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "password_reset_token" ADD CONSTRAINT "fk_password_reset_token_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sso_connection" ADD CONSTRAINT "fk_sso_connection_institution" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "sso_connection" DROP CONSTRAINT "fk_sso_connection_institution"`);
        await queryRunner.query(`ALTER TABLE "password_reset_token" DROP CONSTRAINT "fk_password_reset_token_person"`);
        await queryRunner.query(`DROP TABLE "sso_connection"`);
        await queryRunner.query(`DROP INDEX "public"."ix_password_reset_token_person"`);
        await queryRunner.query(`DROP TABLE "password_reset_token"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sign_in_throttle_window"`);
        await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    }

}
