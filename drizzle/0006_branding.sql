CREATE TABLE `branding` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`company_name` text DEFAULT '' NOT NULL,
	`accent_color` text DEFAULT '' NOT NULL,
	`logo` text DEFAULT '' NOT NULL,
	`author` text DEFAULT '' NOT NULL
);
