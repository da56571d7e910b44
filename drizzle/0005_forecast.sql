CREATE TABLE `exchange_rates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`from_currency` text DEFAULT '' NOT NULL,
	`to_currency` text DEFAULT '' NOT NULL,
	`rate` real DEFAULT 0 NOT NULL,
	`effective_date` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`author` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `forecast_snapshots` (
	`week` text NOT NULL,
	`contract_id` text NOT NULL,
	`taken_on` text NOT NULL,
	`account_id` text NOT NULL,
	`end_date` text NOT NULL,
	`currency` text NOT NULL,
	`outcome` text NOT NULL,
	`forecast_call` text NOT NULL,
	`band` text,
	`probability` real NOT NULL,
	`target_arr_minor` integer NOT NULL,
	`expected_retained` integer NOT NULL,
	`expected_expansion` integer NOT NULL,
	`expected` integer NOT NULL,
	`best` integer NOT NULL,
	`worst` integer NOT NULL,
	`commit_arr` integer NOT NULL,
	`closed_won` integer NOT NULL,
	PRIMARY KEY(`week`, `contract_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `past_bands` (
	`account_id` text NOT NULL,
	`day` text NOT NULL,
	`scorecard_version` integer NOT NULL,
	`band` text NOT NULL,
	PRIMARY KEY(`account_id`, `day`, `scorecard_version`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `renewal_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`renewal_id` text DEFAULT '' NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`contract_id` text DEFAULT '' NOT NULL,
	`at` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT '' NOT NULL,
	`changes` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`author` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `renewal_changes_contract_idx` ON `renewal_changes` (`contract_id`,`at`);--> statement-breakpoint
CREATE INDEX `renewal_changes_date_idx` ON `renewal_changes` (`date`);--> statement-breakpoint
CREATE INDEX `renewals_contract_idx` ON `renewals` (`contract_id`);--> statement-breakpoint
CREATE INDEX `forecast_snapshots_end_idx` ON `forecast_snapshots` (`end_date`);
--> statement-breakpoint
CREATE INDEX `contracts_window_idx` ON `contracts` (`end_date`,`account_id`,`id`) WHERE deleted = 0;
--> statement-breakpoint
CREATE INDEX `contracts_renewal_of_idx` ON `contracts` (`renewal_of`) WHERE deleted = 0 AND renewal_of <> '';
--> statement-breakpoint
DROP TABLE `renewal_bands`;
