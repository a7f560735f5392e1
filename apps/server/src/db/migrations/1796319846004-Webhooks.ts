// Webhook subscriptions (HMAC secret sealed by the key vault) and their deliveries: an outbox written in the
// transaction of each award or assessment, and the delivery log. Generated from the entities, reviewed.
import { MigrationInterface, QueryRunner } from "typeorm";

export class Webhooks1796319846004 implements MigrationInterface {
    name = 'Webhooks1796319846004'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "webhook_subscription" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "institution_id" uuid NOT NULL, "url" character varying(2000) NOT NULL, "events" text array NOT NULL, "secret_encrypted" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by_id" uuid, CONSTRAINT "ck_webhook_subscription_events" CHECK (cardinality(events) > 0 AND events <@ ARRAY['award.created', 'award.revoked', 'award.suspended', 'award.reinstated', 'evidence.assessed']::text[]), CONSTRAINT "ck_webhook_subscription_url" CHECK (url ~ '^https?://'), CONSTRAINT "pk_webhook_subscription" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_webhook_subscription_institution" ON "webhook_subscription"  ("institution_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "subscription_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "attempt_count" integer NOT NULL DEFAULT '0', "status" character varying(20) NOT NULL DEFAULT 'pending', "last_http_status" integer, "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_webhook_delivery_attempt_count" CHECK (attempt_count >= 0), CONSTRAINT "ck_webhook_delivery_event_type" CHECK (event_type IN ('award.created', 'award.revoked', 'award.suspended', 'award.reinstated', 'evidence.assessed')), CONSTRAINT "ck_webhook_delivery_status" CHECK (status IN ('pending', 'succeeded', 'failed')), CONSTRAINT "pk_webhook_delivery" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_webhook_delivery_due" ON "webhook_delivery"  ("next_attempt_at") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE INDEX "ix_webhook_delivery_subscription" ON "webhook_delivery"  ("subscription_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "webhook_subscription" ADD CONSTRAINT "fk_webhook_subscription_institution" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_subscription" ADD CONSTRAINT "fk_webhook_subscription_created_by" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "fk_webhook_delivery_subscription" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscription"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "fk_webhook_delivery_subscription"`);
        await queryRunner.query(`ALTER TABLE "webhook_subscription" DROP CONSTRAINT "fk_webhook_subscription_created_by"`);
        await queryRunner.query(`ALTER TABLE "webhook_subscription" DROP CONSTRAINT "fk_webhook_subscription_institution"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_delivery_subscription"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_delivery_due"`);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_subscription_institution"`);
        await queryRunner.query(`DROP TABLE "webhook_subscription"`);
    }

}
