CREATE TABLE `replaced_turns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` text NOT NULL,
	`idx` integer NOT NULL,
	`speaker` text NOT NULL,
	`text` text NOT NULL,
	`score` text,
	`feedback` text,
	`interrupted` integer DEFAULT false NOT NULL,
	`stopped` integer DEFAULT false NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	`replaced_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `practice_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `replaced_turns_session_idx` ON `replaced_turns` (`session_id`,`idx`);--> statement-breakpoint
ALTER TABLE `practice_sessions` ADD `parent_id` text REFERENCES practice_sessions(id);--> statement-breakpoint
ALTER TABLE `practice_sessions` ADD `fork_turn_index` integer;--> statement-breakpoint
ALTER TABLE `practice_sessions` ADD `fork_turn_id` integer;--> statement-breakpoint
CREATE INDEX `practice_sessions_parent_idx` ON `practice_sessions` (`parent_id`);--> statement-breakpoint
ALTER TABLE `turns` ADD `stopped` integer DEFAULT false NOT NULL;