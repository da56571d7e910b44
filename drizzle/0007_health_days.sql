CREATE INDEX `support_tickets_days_idx` ON `support_tickets` (`account_id`,`opened_date`,`closed_date`,`status`,`severity`) WHERE deleted = 0;
--> statement-breakpoint
DROP INDEX IF EXISTS `milestones_due_idx`;
--> statement-breakpoint
CREATE INDEX `milestones_due_idx` ON `milestones` (`due_date`,`account_id`,`status`,`completed_date`,`onboarding`) WHERE deleted = 0;
--> statement-breakpoint
CREATE TRIGGER `renewals_health_insert` AFTER INSERT ON `renewals` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
CREATE TRIGGER `renewals_health_update` AFTER UPDATE ON `renewals` BEGIN INSERT INTO health_dirty (account_id) VALUES (NEW.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; INSERT INTO health_dirty (account_id) VALUES (OLD.account_id) ON CONFLICT (account_id) DO UPDATE SET n = n + 1; END;
--> statement-breakpoint
DELETE FROM past_bands;
--> statement-breakpoint
INSERT INTO health_dirty (account_id) VALUES ('*') ON CONFLICT (account_id) DO UPDATE SET n = n + 1;
