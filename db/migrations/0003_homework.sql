CREATE TABLE `assignment_leaders` (
	`assignment_id` text NOT NULL,
	`leader_id` text NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`leader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignment_leaders_idx` ON `assignment_leaders` (`assignment_id`,`leader_id`);--> statement-breakpoint
CREATE INDEX `assignment_leaders_leader_idx` ON `assignment_leaders` (`leader_id`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`coach_id` text NOT NULL,
	`scenario_id` text NOT NULL,
	`due_at` text NOT NULL,
	`time_zone` text,
	`target_figure` text,
	`target_min` real,
	`max_attempts` integer,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`coach_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `assignments_coach_idx` ON `assignments` (`coach_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `authored_scenarios` (
	`id` text PRIMARY KEY NOT NULL,
	`coach_id` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`current_version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`coach_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `authored_scenarios_coach_idx` ON `authored_scenarios` (`coach_id`);--> statement-breakpoint
CREATE TABLE `scenario_versions` (
	`scenario_id` text NOT NULL,
	`version` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`scenario_id`) REFERENCES `authored_scenarios`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scenario_versions_idx` ON `scenario_versions` (`scenario_id`,`version`);--> statement-breakpoint
ALTER TABLE `practice_sessions` ADD `scenario_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `practice_sessions` ADD `assignment_id` text;--> statement-breakpoint
CREATE INDEX `practice_sessions_assignment_idx` ON `practice_sessions` (`assignment_id`,`user_id`);