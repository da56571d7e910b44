CREATE TABLE `sync_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`column` text NOT NULL,
	`local_value` text NOT NULL,
	`local_hlc` text NOT NULL,
	`remote_value` text NOT NULL,
	`remote_hlc` text NOT NULL,
	`remote_author` text DEFAULT '' NOT NULL,
	`concurrent` integer DEFAULT true NOT NULL,
	`detected_at` text NOT NULL,
	`resolution` text,
	`resolved_at` text
);
--> statement-breakpoint
CREATE INDEX `sync_conflicts_open_idx` ON `sync_conflicts` (`resolution`,`id`);--> statement-breakpoint
CREATE INDEX `sync_conflicts_row_idx` ON `sync_conflicts` (`tbl`,`row_id`);--> statement-breakpoint
ALTER TABLE `change_log` ADD `base` text;--> statement-breakpoint
CREATE INDEX `change_log_pending_idx` ON `change_log` (`origin`,`pushed`,`hlc`);