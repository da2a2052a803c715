ALTER TABLE `practice_sessions` ADD `kind` text DEFAULT 'practice' NOT NULL;--> statement-breakpoint
ALTER TABLE `practice_sessions` ADD `title` text;--> statement-breakpoint
ALTER TABLE `practice_sessions` ADD `leader_name` text;--> statement-breakpoint
ALTER TABLE `practice_sessions` ADD `source` text;--> statement-breakpoint
ALTER TABLE `turns` ADD `speaker_name` text;--> statement-breakpoint
ALTER TABLE `turns` ADD `start_s` real;--> statement-breakpoint
ALTER TABLE `turns` ADD `end_s` real;