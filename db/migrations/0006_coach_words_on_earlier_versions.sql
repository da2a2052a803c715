-- A coach's comment or override stays on record when the leader edits and resends the reply: it moves
-- to the replaced version in replaced_turns instead of going with the deleted turn. turn_id becomes
-- nullable, replaced_turn_id is new, and a CHECK keeps exactly one set. Hand-edited: drizzle-kit's
-- rebuild selected the new column from the old table; every existing row gets NULL for it.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_label_overrides` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`turn_id` integer,
	`replaced_turn_id` integer,
	`target` text NOT NULL,
	`move_index` integer,
	`from_value` text NOT NULL,
	`to_value` text NOT NULL,
	`reason` text NOT NULL,
	`coach_id` text,
	`recorded_coach_name` text,
	`replaces` text,
	`superseded_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `practice_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`turn_id`) REFERENCES `turns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`replaced_turn_id`) REFERENCES `replaced_turns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coach_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "label_overrides_one_turn" CHECK((turn_id is null) <> (replaced_turn_id is null))
);
--> statement-breakpoint
INSERT INTO `__new_label_overrides`("id", "session_id", "turn_id", "replaced_turn_id", "target", "move_index", "from_value", "to_value", "reason", "coach_id", "recorded_coach_name", "replaces", "superseded_at", "created_at") SELECT "id", "session_id", "turn_id", NULL, "target", "move_index", "from_value", "to_value", "reason", "coach_id", "recorded_coach_name", "replaces", "superseded_at", "created_at" FROM `label_overrides`;--> statement-breakpoint
DROP TABLE `label_overrides`;--> statement-breakpoint
ALTER TABLE `__new_label_overrides` RENAME TO `label_overrides`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `label_overrides_session_idx` ON `label_overrides` (`session_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `__new_turn_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`turn_id` integer,
	`replaced_turn_id` integer,
	`parent_id` text,
	`author_id` text,
	`recorded_author_name` text,
	`recorded_author_role` text,
	`text` text NOT NULL,
	`replaces` text,
	`superseded_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `practice_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`turn_id`) REFERENCES `turns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`replaced_turn_id`) REFERENCES `replaced_turns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "turn_comments_one_turn" CHECK((turn_id is null) <> (replaced_turn_id is null))
);
--> statement-breakpoint
INSERT INTO `__new_turn_comments`("id", "session_id", "turn_id", "replaced_turn_id", "parent_id", "author_id", "recorded_author_name", "recorded_author_role", "text", "replaces", "superseded_at", "created_at") SELECT "id", "session_id", "turn_id", NULL, "parent_id", "author_id", "recorded_author_name", "recorded_author_role", "text", "replaces", "superseded_at", "created_at" FROM `turn_comments`;--> statement-breakpoint
DROP TABLE `turn_comments`;--> statement-breakpoint
ALTER TABLE `__new_turn_comments` RENAME TO `turn_comments`;--> statement-breakpoint
CREATE INDEX `turn_comments_session_idx` ON `turn_comments` (`session_id`,`created_at`);