CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`source` text NOT NULL,
	`file_name` text NOT NULL,
	`imported_at` text NOT NULL,
	`counts` text NOT NULL,
	`undone_at` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `import_mappings` (
	`source` text NOT NULL,
	`entity` text NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`source`, `entity`)
);
--> statement-breakpoint
CREATE TABLE `import_rows` (
	`batch_id` text NOT NULL,
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text DEFAULT '{}' NOT NULL,
	`imported` text NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`batch_id`, `tbl`, `row_id`)
);
--> statement-breakpoint
CREATE INDEX `import_rows_row_idx` ON `import_rows` (`tbl`,`row_id`,`seq`);--> statement-breakpoint
ALTER TABLE `accounts` ADD `external_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `accounts_external_idx` ON `accounts` (`external_id`) WHERE external_id <> '';--> statement-breakpoint
ALTER TABLE `contracts` ADD `external_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `contracts_external_idx` ON `contracts` (`external_id`) WHERE external_id <> '';--> statement-breakpoint
ALTER TABLE `expansion_opportunities` ADD `external_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `expansion_opportunities_external_idx` ON `expansion_opportunities` (`external_id`) WHERE external_id <> '';--> statement-breakpoint
ALTER TABLE `stakeholders` ADD `external_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `stakeholders_external_idx` ON `stakeholders` (`external_id`) WHERE external_id <> '';--> statement-breakpoint
ALTER TABLE `support_tickets` ADD `external_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `support_tickets_external_idx` ON `support_tickets` (`external_id`) WHERE external_id <> '';--> statement-breakpoint
ALTER TABLE `survey_responses` ADD `external_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `survey_responses_external_idx` ON `survey_responses` (`external_id`) WHERE external_id <> '';--> statement-breakpoint
ALTER TABLE `touchpoints` ADD `external_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `touchpoints_external_idx` ON `touchpoints` (`external_id`) WHERE external_id <> '';--> statement-breakpoint
ALTER TABLE `usage_snapshots` ADD `external_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `usage_snapshots_external_idx` ON `usage_snapshots` (`external_id`) WHERE external_id <> '';