CREATE INDEX `accounts_name_idx` ON `accounts` (trim("name")) WHERE deleted = 0;--> statement-breakpoint
CREATE INDEX `stakeholders_email_idx` ON `stakeholders` (`account_id`,`email`) WHERE deleted = 0;--> statement-breakpoint
CREATE INDEX `stakeholders_name_idx` ON `stakeholders` (`account_id`,`name`) WHERE deleted = 0;