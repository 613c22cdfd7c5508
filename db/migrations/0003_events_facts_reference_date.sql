ALTER TABLE "articles" ADD COLUMN "reference_date" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "reference_source" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "stages_read" jsonb;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "evidence_spans" jsonb;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "change_pct" double precision;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "share_pct" double precision;