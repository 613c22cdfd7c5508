CREATE TABLE "articles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"content_hash" text NOT NULL,
	"source" text,
	"external_id" text,
	"url" text,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"declared_language" text,
	"language" text,
	"language_confidence" real,
	"language_spans" jsonb,
	"published_at" timestamp with time zone,
	"status" text DEFAULT 'queued' NOT NULL,
	"error" text,
	"pipeline_version" text,
	"processed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "entities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"canonical_name" text NOT NULL,
	"norm_key" text NOT NULL,
	"country" text,
	"demonym_of" bigint,
	"external_ids" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_aliases" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "entity_aliases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_id" bigint NOT NULL,
	"alias" text NOT NULL,
	"norm_key" text NOT NULL,
	"language" text,
	"count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_keys" (
	"key" text NOT NULL,
	"entity_id" bigint NOT NULL,
	CONSTRAINT "entity_keys_key_entity_id_pk" PRIMARY KEY("key","entity_id")
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"event_id" bigint NOT NULL,
	"entity_id" bigint NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "event_participants_event_id_entity_id_role_pk" PRIMARY KEY("event_id","entity_id","role")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" bigint NOT NULL,
	"type" text NOT NULL,
	"modality" text NOT NULL,
	"time" text,
	"location_entity_id" bigint,
	"product_entity_id" bigint,
	"product_text" text,
	"quantity" double precision,
	"unit" text,
	"money_value" double precision,
	"money_currency" text,
	"evidence_start" integer NOT NULL,
	"evidence_end" integer NOT NULL,
	"evidence_text" text NOT NULL,
	"confidence" real NOT NULL,
	"extractor_version" text NOT NULL,
	"provenance" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" bigint NOT NULL,
	"entity_id" bigint,
	"type" text NOT NULL,
	"text" text NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"confidence" real NOT NULL,
	"extractor" text NOT NULL,
	"model_version" text NOT NULL,
	"language" text,
	CONSTRAINT "mentions_offsets_check" CHECK ("mentions"."start_offset" >= 0 AND "mentions"."end_offset" > "mentions"."start_offset")
);
--> statement-breakpoint
CREATE TABLE "merge_decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "merge_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_id" bigint NOT NULL,
	"other_entity_id" bigint,
	"alias" text,
	"decision" text NOT NULL,
	"score" real,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "numbers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "numbers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"value" double precision,
	"value_high" double precision,
	"unit" text,
	"currency" text,
	"date" text,
	"date_from" text,
	"date_to" text,
	"text" text NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"ambiguous" text,
	"confidence" real NOT NULL,
	"extractor_version" text NOT NULL,
	CONSTRAINT "numbers_offsets_check" CHECK ("numbers"."start_offset" >= 0 AND "numbers"."end_offset" > "numbers"."start_offset")
);
--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_demonym_of_entities_id_fk" FOREIGN KEY ("demonym_of") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_keys" ADD CONSTRAINT "entity_keys_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_location_entity_id_entities_id_fk" FOREIGN KEY ("location_entity_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_product_entity_id_entities_id_fk" FOREIGN KEY ("product_entity_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merge_decisions" ADD CONSTRAINT "merge_decisions_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merge_decisions" ADD CONSTRAINT "merge_decisions_other_entity_id_entities_id_fk" FOREIGN KEY ("other_entity_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "numbers" ADD CONSTRAINT "numbers_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "articles_status_idx" ON "articles" USING btree ("status");--> statement-breakpoint
CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "entities_norm_key_idx" ON "entities" USING btree ("norm_key");--> statement-breakpoint
CREATE INDEX "entities_type_idx" ON "entities" USING btree ("type");--> statement-breakpoint
CREATE UNIQUE INDEX "entity_aliases_entity_alias_key" ON "entity_aliases" USING btree ("entity_id","alias");--> statement-breakpoint
CREATE INDEX "entity_aliases_norm_key_idx" ON "entity_aliases" USING btree ("norm_key");--> statement-breakpoint
CREATE INDEX "entity_keys_entity_idx" ON "entity_keys" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "event_participants_entity_idx" ON "event_participants" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "events_article_idx" ON "events" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "events_type_idx" ON "events" USING btree ("type");--> statement-breakpoint
CREATE INDEX "events_location_idx" ON "events" USING btree ("location_entity_id");--> statement-breakpoint
CREATE INDEX "mentions_article_idx" ON "mentions" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "mentions_entity_idx" ON "mentions" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "merge_decisions_entity_idx" ON "merge_decisions" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "merge_decisions_other_idx" ON "merge_decisions" USING btree ("other_entity_id");--> statement-breakpoint
CREATE INDEX "numbers_article_idx" ON "numbers" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "numbers_kind_idx" ON "numbers" USING btree ("kind");