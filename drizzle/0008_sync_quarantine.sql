CREATE TABLE `sync_quarantine` (
	`hlc` text PRIMARY KEY NOT NULL,
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`data` text NOT NULL,
	`base` text,
	`author` text DEFAULT '' NOT NULL,
	`origin` text DEFAULT 'remote' NOT NULL,
	`problems` text NOT NULL,
	`complete` integer DEFAULT true NOT NULL,
	`received_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sync_quarantine_received_idx` ON `sync_quarantine` (`received_at`);