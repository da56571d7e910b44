CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`segment` text DEFAULT '' NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`stage_override` text DEFAULT '' NOT NULL,
	`stage_override_reason` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`currency` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `action_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`touchpoint_id` text DEFAULT '' NOT NULL,
	`milestone_id` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `action_items_account_idx` ON `action_items` (`account_id`);--> statement-breakpoint
CREATE TABLE `change_log` (
	`hlc` text PRIMARY KEY NOT NULL,
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`data` text NOT NULL,
	`origin` text DEFAULT 'local' NOT NULL,
	`pushed` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_log_row_idx` ON `change_log` (`tbl`,`row_id`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`start_date` text DEFAULT '' NOT NULL,
	`end_date` text DEFAULT '' NOT NULL,
	`arr_minor` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT '' NOT NULL,
	`seats` integer DEFAULT 0 NOT NULL,
	`modules` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT '' NOT NULL,
	`renewal_of` text DEFAULT '' NOT NULL,
	`payment_terms` text DEFAULT '' NOT NULL,
	`discount_pct` real DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `contracts_account_idx` ON `contracts` (`account_id`);--> statement-breakpoint
CREATE TABLE `expansion_opportunities` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT '' NOT NULL,
	`amount_minor` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT '' NOT NULL,
	`probability` integer DEFAULT 0 NOT NULL,
	`expected_close` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `expansion_opportunities_account_idx` ON `expansion_opportunities` (`account_id`);--> statement-breakpoint
CREATE TABLE `handovers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`sales_owner` text DEFAULT '' NOT NULL,
	`opportunity_ref` text DEFAULT '' NOT NULL,
	`contacts_done` integer DEFAULT false NOT NULL,
	`contacts_note` text DEFAULT '' NOT NULL,
	`contract_details_done` integer DEFAULT false NOT NULL,
	`contract_details_note` text DEFAULT '' NOT NULL,
	`needs_expectations_done` integer DEFAULT false NOT NULL,
	`needs_expectations_note` text DEFAULT '' NOT NULL,
	`history_done` integer DEFAULT false NOT NULL,
	`history_note` text DEFAULT '' NOT NULL,
	`implementation_plan_done` integer DEFAULT false NOT NULL,
	`implementation_plan_note` text DEFAULT '' NOT NULL,
	`support_needs_done` integer DEFAULT false NOT NULL,
	`support_needs_note` text DEFAULT '' NOT NULL,
	`key_stakeholders_done` integer DEFAULT false NOT NULL,
	`key_stakeholders_note` text DEFAULT '' NOT NULL,
	`expected_problems_done` integer DEFAULT false NOT NULL,
	`expected_problems_note` text DEFAULT '' NOT NULL,
	`sales_feedback_done` integer DEFAULT false NOT NULL,
	`sales_feedback_note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `handovers_account_idx` ON `handovers` (`account_id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`objective_id` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`due_date` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '' NOT NULL,
	`completed_date` text DEFAULT '' NOT NULL,
	`onboarding` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `milestones_account_idx` ON `milestones` (`account_id`);--> statement-breakpoint
CREATE TABLE `objectives` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`metric` text DEFAULT '' NOT NULL,
	`start_value` real,
	`target_value` real,
	`current_value` real,
	`target_date` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `objectives_account_idx` ON `objectives` (`account_id`);--> statement-breakpoint
CREATE TABLE `product_feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT '' NOT NULL,
	`area` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`stakeholder_id` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `product_feedback_account_idx` ON `product_feedback` (`account_id`);--> statement-breakpoint
CREATE TABLE `renewals` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`contract_id` text DEFAULT '' NOT NULL,
	`target_arr_minor` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT '' NOT NULL,
	`forecast_call` text DEFAULT '' NOT NULL,
	`call_reason` text DEFAULT '' NOT NULL,
	`expected_change_minor` integer DEFAULT 0 NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`final_arr_minor` integer,
	`reason_codes` text DEFAULT '[]' NOT NULL,
	`closed_date` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `renewals_account_idx` ON `renewals` (`account_id`);--> statement-breakpoint
CREATE TABLE `stakeholders` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`influence` integer DEFAULT 0 NOT NULL,
	`sentiment` text DEFAULT '' NOT NULL,
	`reports_to` text DEFAULT '' NOT NULL,
	`is_user` integer DEFAULT false NOT NULL,
	`status` text DEFAULT '' NOT NULL,
	`departed_date` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stakeholders_account_idx` ON `stakeholders` (`account_id`);--> statement-breakpoint
CREATE TABLE `support_tickets` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`severity` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '' NOT NULL,
	`opened_date` text DEFAULT '' NOT NULL,
	`closed_date` text DEFAULT '' NOT NULL,
	`external_ref` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `support_tickets_account_idx` ON `support_tickets` (`account_id`);--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT '' NOT NULL,
	`score` integer DEFAULT 0 NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`stakeholder_id` text DEFAULT '' NOT NULL,
	`respondent` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `survey_responses_account_idx` ON `survey_responses` (`account_id`,`date`);--> statement-breakpoint
CREATE TABLE `touchpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`sentiment` text DEFAULT '' NOT NULL,
	`attendee_ids` text DEFAULT '[]' NOT NULL,
	`internal_attendees` text DEFAULT '[]' NOT NULL,
	`next_steps` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `touchpoints_account_idx` ON `touchpoints` (`account_id`,`date`);--> statement-breakpoint
CREATE TABLE `usage_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`active_users` integer DEFAULT 0 NOT NULL,
	`licensed_seats` integer DEFAULT 0 NOT NULL,
	`modules_in_use` text DEFAULT '[]' NOT NULL,
	`usage_minutes` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `usage_snapshots_account_idx` ON `usage_snapshots` (`account_id`,`date`);