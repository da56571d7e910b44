-- Recently deleted reads each table's tombstones by when they were set: a partial index of the
-- deleted rows alone, so the page does not scan a million usage snapshots to find a handful.
CREATE INDEX `accounts_tombstones_idx` ON `accounts` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `action_items_tombstones_idx` ON `action_items` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `contracts_tombstones_idx` ON `contracts` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `exchange_rates_tombstones_idx` ON `exchange_rates` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `expansion_opportunities_tombstones_idx` ON `expansion_opportunities` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `milestones_tombstones_idx` ON `milestones` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `objectives_tombstones_idx` ON `objectives` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `product_feedback_tombstones_idx` ON `product_feedback` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `stakeholders_tombstones_idx` ON `stakeholders` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `support_tickets_tombstones_idx` ON `support_tickets` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `survey_responses_tombstones_idx` ON `survey_responses` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `touchpoints_tombstones_idx` ON `touchpoints` (`updated_at`) WHERE deleted = 1;--> statement-breakpoint
CREATE INDEX `usage_snapshots_tombstones_idx` ON `usage_snapshots` (`updated_at`) WHERE deleted = 1;