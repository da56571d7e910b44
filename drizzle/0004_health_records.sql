CREATE TABLE `alert_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`alert_type` text DEFAULT '' NOT NULL,
	`action` text DEFAULT '' NOT NULL,
	`until` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`author` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `alert_actions_account_idx` ON `alert_actions` (`account_id`,`alert_type`);--> statement-breakpoint
CREATE TABLE `alerts` (
	`account_id` text NOT NULL,
	`type` text NOT NULL,
	`severity` text NOT NULL,
	`facts` text NOT NULL,
	`first_seen` text NOT NULL,
	PRIMARY KEY(`account_id`, `type`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `alerts_first_seen_idx` ON `alerts` (`first_seen`);--> statement-breakpoint
CREATE TABLE `csm_pulses` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`stars` integer DEFAULT 0 NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`author` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `csm_pulses_account_idx` ON `csm_pulses` (`account_id`,`date`);--> statement-breakpoint
CREATE TABLE `health_dirty` (
	`account_id` text PRIMARY KEY NOT NULL,
	`n` integer DEFAULT 1 NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `health_scores` (
	`account_id` text PRIMARY KEY NOT NULL,
	`as_of` text NOT NULL,
	`score` integer NOT NULL,
	`band` text NOT NULL,
	`profile` text NOT NULL,
	`stage` text NOT NULL,
	`scorecard_version` integer NOT NULL,
	`trend` integer,
	`drivers` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `health_scores_band_idx` ON `health_scores` (`band`,`score`);--> statement-breakpoint
CREATE TABLE `health_snapshots` (
	`account_id` text NOT NULL,
	`date` text NOT NULL,
	`score` integer NOT NULL,
	`band` text NOT NULL,
	`scorecard_version` integer NOT NULL,
	PRIMARY KEY(`account_id`, `date`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `health_snapshots_date_idx` ON `health_snapshots` (`date`);--> statement-breakpoint
CREATE TABLE `scorecards` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`definition` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`author` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `contracts_health_insert` AFTER INSERT ON `contracts` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `contracts_health_update` AFTER UPDATE ON `contracts` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; INSERT INTO health_dirty (account_id) VALUES (OLD.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_health_insert` AFTER INSERT ON `stakeholders` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_health_update` AFTER UPDATE ON `stakeholders` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; INSERT INTO health_dirty (account_id) VALUES (OLD.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_health_insert` AFTER INSERT ON `touchpoints` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_health_update` AFTER UPDATE ON `touchpoints` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; INSERT INTO health_dirty (account_id) VALUES (OLD.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `usage_snapshots_health_insert` AFTER INSERT ON `usage_snapshots` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `usage_snapshots_health_update` AFTER UPDATE ON `usage_snapshots` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; INSERT INTO health_dirty (account_id) VALUES (OLD.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `survey_responses_health_insert` AFTER INSERT ON `survey_responses` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `survey_responses_health_update` AFTER UPDATE ON `survey_responses` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; INSERT INTO health_dirty (account_id) VALUES (OLD.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `support_tickets_health_insert` AFTER INSERT ON `support_tickets` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `support_tickets_health_update` AFTER UPDATE ON `support_tickets` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; INSERT INTO health_dirty (account_id) VALUES (OLD.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `milestones_health_insert` AFTER INSERT ON `milestones` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `milestones_health_update` AFTER UPDATE ON `milestones` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; INSERT INTO health_dirty (account_id) VALUES (OLD.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `csm_pulses_health_insert` AFTER INSERT ON `csm_pulses` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `csm_pulses_health_update` AFTER UPDATE ON `csm_pulses` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; INSERT INTO health_dirty (account_id) VALUES (OLD.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `accounts_health_insert` AFTER INSERT ON `accounts` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `accounts_health_update` AFTER UPDATE ON `accounts` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; INSERT INTO health_dirty (account_id) VALUES (OLD.id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `scorecards_health_insert` AFTER INSERT ON `scorecards` BEGIN INSERT INTO health_dirty (account_id) VALUES ('*') ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `scorecards_health_update` AFTER UPDATE ON `scorecards` BEGIN INSERT INTO health_dirty (account_id) VALUES ('*') ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
INSERT INTO health_dirty (account_id) VALUES ('*');
--> statement-breakpoint
CREATE INDEX `stakeholders_health_idx` ON `stakeholders` (`account_id`,`id`,`role`,`status`,`departed_date`,`name`) WHERE deleted = 0;
--> statement-breakpoint
CREATE INDEX `survey_responses_recent_idx` ON `survey_responses` (`date`,`account_id`,`kind`,`score`) WHERE deleted = 0;
--> statement-breakpoint
CREATE INDEX `support_tickets_open_idx` ON `support_tickets` (`account_id`,`severity`,`status`,`opened_date`) WHERE deleted = 0 AND status <> 'closed';
--> statement-breakpoint
CREATE INDEX `milestones_due_idx` ON `milestones` (`due_date`,`account_id`,`status`,`onboarding`) WHERE deleted = 0;
--> statement-breakpoint
CREATE TABLE `renewal_bands` (
	`renewal_id` text PRIMARY KEY NOT NULL,
	`day` text NOT NULL,
	`scorecard_version` integer NOT NULL,
	`band` text NOT NULL
) WITHOUT ROWID;
