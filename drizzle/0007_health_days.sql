ALTER TABLE `health_dirty` ADD `since` text DEFAULT '' NOT NULL;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `contracts_health_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `contracts_health_update`;
--> statement-breakpoint
CREATE TRIGGER `contracts_health_insert` AFTER INSERT ON `contracts` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.start_date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `contracts_health_update` AFTER UPDATE ON `contracts` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.start_date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); INSERT INTO health_dirty (account_id, since) VALUES (OLD.account_id, OLD.start_date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `touchpoints_health_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `touchpoints_health_update`;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_health_insert` AFTER INSERT ON `touchpoints` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_health_update` AFTER UPDATE ON `touchpoints` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); INSERT INTO health_dirty (account_id, since) VALUES (OLD.account_id, OLD.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `usage_snapshots_health_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `usage_snapshots_health_update`;
--> statement-breakpoint
CREATE TRIGGER `usage_snapshots_health_insert` AFTER INSERT ON `usage_snapshots` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `usage_snapshots_health_update` AFTER UPDATE ON `usage_snapshots` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); INSERT INTO health_dirty (account_id, since) VALUES (OLD.account_id, OLD.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `survey_responses_health_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `survey_responses_health_update`;
--> statement-breakpoint
CREATE TRIGGER `survey_responses_health_insert` AFTER INSERT ON `survey_responses` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `survey_responses_health_update` AFTER UPDATE ON `survey_responses` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); INSERT INTO health_dirty (account_id, since) VALUES (OLD.account_id, OLD.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `support_tickets_health_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `support_tickets_health_update`;
--> statement-breakpoint
CREATE TRIGGER `support_tickets_health_insert` AFTER INSERT ON `support_tickets` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.opened_date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `support_tickets_health_update` AFTER UPDATE ON `support_tickets` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.opened_date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); INSERT INTO health_dirty (account_id, since) VALUES (OLD.account_id, OLD.opened_date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `milestones_health_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `milestones_health_update`;
--> statement-breakpoint
CREATE TRIGGER `milestones_health_insert` AFTER INSERT ON `milestones` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.due_date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `milestones_health_update` AFTER UPDATE ON `milestones` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.due_date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); INSERT INTO health_dirty (account_id, since) VALUES (OLD.account_id, OLD.due_date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `csm_pulses_health_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `csm_pulses_health_update`;
--> statement-breakpoint
CREATE TRIGGER `csm_pulses_health_insert` AFTER INSERT ON `csm_pulses` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `csm_pulses_health_update` AFTER UPDATE ON `csm_pulses` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); INSERT INTO health_dirty (account_id, since) VALUES (OLD.account_id, OLD.date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `stakeholders_health_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `stakeholders_health_update`;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_health_insert` AFTER INSERT ON `stakeholders` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, '') ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_health_update` AFTER UPDATE ON `stakeholders` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, '') ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); INSERT INTO health_dirty (account_id, since) VALUES (OLD.account_id, '') ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `accounts_health_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `accounts_health_update`;
--> statement-breakpoint
CREATE TRIGGER `accounts_health_insert` AFTER INSERT ON `accounts` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.id, '') ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `accounts_health_update` AFTER UPDATE ON `accounts` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.id, CASE WHEN OLD.stage_override IS NEW.stage_override AND OLD.deleted IS NEW.deleted THEN '9999-12-31' ELSE '' END) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); INSERT INTO health_dirty (account_id, since) VALUES (OLD.id, CASE WHEN OLD.stage_override IS NEW.stage_override AND OLD.deleted IS NEW.deleted THEN '9999-12-31' ELSE '' END) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `renewals_health_insert` AFTER INSERT ON `renewals` WHEN NEW.outcome <> 'open' BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, NEW.closed_date) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE TRIGGER `renewals_health_update` AFTER UPDATE OF outcome, closed_date, contract_id, account_id, deleted ON `renewals` BEGIN INSERT INTO health_dirty (account_id, since) VALUES (NEW.account_id, CASE WHEN OLD.outcome = 'open' AND NEW.outcome = 'open' THEN '9999-12-31' WHEN OLD.outcome = 'open' THEN NEW.closed_date WHEN NEW.outcome = 'open' THEN OLD.closed_date ELSE min(OLD.closed_date, NEW.closed_date) END) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); INSERT INTO health_dirty (account_id, since) VALUES (OLD.account_id, CASE WHEN OLD.outcome = 'open' AND NEW.outcome = 'open' THEN '9999-12-31' WHEN OLD.outcome = 'open' THEN NEW.closed_date WHEN NEW.outcome = 'open' THEN OLD.closed_date ELSE min(OLD.closed_date, NEW.closed_date) END) ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = min(since, excluded.since); END;
--> statement-breakpoint
CREATE INDEX `support_tickets_days_idx` ON `support_tickets` (`account_id`,`opened_date`,`closed_date`,`status`,`severity`) WHERE deleted = 0;
--> statement-breakpoint
DROP INDEX IF EXISTS `milestones_due_idx`;
--> statement-breakpoint
CREATE INDEX `milestones_due_idx` ON `milestones` (`due_date`,`account_id`,`status`,`completed_date`,`onboarding`) WHERE deleted = 0;
--> statement-breakpoint
DELETE FROM past_bands;
--> statement-breakpoint
DELETE FROM health_snapshots;
--> statement-breakpoint
INSERT INTO health_dirty (account_id) VALUES ('*') ON CONFLICT (account_id) DO UPDATE SET n = n + 1, since = '';
