CREATE TABLE "assignment_leaders" (
	"assignment_id" text NOT NULL,
	"leader_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"coach_id" text NOT NULL,
	"scenario_id" text NOT NULL,
	"due_at" text NOT NULL,
	"time_zone" text,
	"target_figure" text,
	"target_min" real,
	"max_attempts" integer,
	"note" text,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" text NOT NULL,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "authored_scenarios" (
	"id" text PRIMARY KEY NOT NULL,
	"coach_id" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coach_invites" (
	"code" text PRIMARY KEY NOT NULL,
	"coach_id" text NOT NULL,
	"expires_at" text NOT NULL,
	"revoked_at" text,
	"accepted_by" text,
	"accepted_at" text,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coach_links" (
	"id" text PRIMARY KEY NOT NULL,
	"coach_id" text NOT NULL,
	"leader_id" text NOT NULL,
	"invite_code" text,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	"ended_at" text
);
--> statement-breakpoint
CREATE TABLE "label_overrides" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"turn_id" integer,
	"replaced_turn_id" integer,
	"target" text NOT NULL,
	"move_index" integer,
	"from_value" text NOT NULL,
	"to_value" text NOT NULL,
	"reason" text NOT NULL,
	"coach_id" text,
	"recorded_coach_name" text,
	"replaces" text,
	"superseded_at" text,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	CONSTRAINT "label_overrides_one_turn" CHECK ((turn_id is null) <> (replaced_turn_id is null))
);
--> statement-breakpoint
CREATE TABLE "login_throttles" (
	"account" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"blocked_until" bigint NOT NULL,
	"last_attempt" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"scenario_id" text NOT NULL,
	"kind" text DEFAULT 'practice' NOT NULL,
	"title" text,
	"leader_name" text,
	"source" jsonb,
	"status" text DEFAULT 'open' NOT NULL,
	"feedback_enabled" boolean DEFAULT true NOT NULL,
	"scorecard" jsonb,
	"debrief" text,
	"scenario_version" integer DEFAULT 1 NOT NULL,
	"assignment_id" text,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	"ended_at" text,
	"parent_id" text,
	"fork_turn_index" integer,
	"fork_turn_id" integer
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"reset_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "replaced_turns" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"idx" integer NOT NULL,
	"speaker" text NOT NULL,
	"text" text NOT NULL,
	"score" jsonb,
	"feedback" text,
	"interrupted" boolean DEFAULT false NOT NULL,
	"stopped" boolean DEFAULT false NOT NULL,
	"reason" text NOT NULL,
	"created_at" text NOT NULL,
	"replaced_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_versions" (
	"scenario_id" text NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"payload" text NOT NULL,
	"created_at_ms" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_reads" (
	"session_id" text NOT NULL,
	"user_id" text NOT NULL,
	"seen_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"coach_id" text,
	"recorded_coach_name" text,
	"summary" text NOT NULL,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "turn_claims" (
	"session_id" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "turn_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"turn_id" integer,
	"replaced_turn_id" integer,
	"parent_id" text,
	"author_id" text,
	"recorded_author_name" text,
	"recorded_author_role" text,
	"text" text NOT NULL,
	"replaces" text,
	"superseded_at" text,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	CONSTRAINT "turn_comments_one_turn" CHECK ((turn_id is null) <> (replaced_turn_id is null))
);
--> statement-breakpoint
CREATE TABLE "turns" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"idx" integer NOT NULL,
	"speaker" text NOT NULL,
	"speaker_name" text,
	"start_s" double precision,
	"end_s" double precision,
	"text" text NOT NULL,
	"score" jsonb,
	"judge_changes" jsonb,
	"feedback" text,
	"state" jsonb,
	"interrupted" boolean DEFAULT false NOT NULL,
	"stopped" boolean DEFAULT false NOT NULL,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" text DEFAULT to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "assignment_leaders" ADD CONSTRAINT "assignment_leaders_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_leaders" ADD CONSTRAINT "assignment_leaders_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authored_scenarios" ADD CONSTRAINT "authored_scenarios_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_invites" ADD CONSTRAINT "coach_invites_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_invites" ADD CONSTRAINT "coach_invites_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_links" ADD CONSTRAINT "coach_links_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_links" ADD CONSTRAINT "coach_links_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_links" ADD CONSTRAINT "coach_links_invite_code_coach_invites_code_fk" FOREIGN KEY ("invite_code") REFERENCES "public"."coach_invites"("code") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_overrides" ADD CONSTRAINT "label_overrides_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_overrides" ADD CONSTRAINT "label_overrides_turn_id_turns_id_fk" FOREIGN KEY ("turn_id") REFERENCES "public"."turns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_overrides" ADD CONSTRAINT "label_overrides_replaced_turn_id_replaced_turns_id_fk" FOREIGN KEY ("replaced_turn_id") REFERENCES "public"."replaced_turns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_overrides" ADD CONSTRAINT "label_overrides_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_parent_id_practice_sessions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practice_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replaced_turns" ADD CONSTRAINT "replaced_turns_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_versions" ADD CONSTRAINT "scenario_versions_scenario_id_authored_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."authored_scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_reads" ADD CONSTRAINT "session_reads_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_reads" ADD CONSTRAINT "session_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_reviews" ADD CONSTRAINT "session_reviews_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_reviews" ADD CONSTRAINT "session_reviews_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "turn_comments" ADD CONSTRAINT "turn_comments_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "turn_comments" ADD CONSTRAINT "turn_comments_turn_id_turns_id_fk" FOREIGN KEY ("turn_id") REFERENCES "public"."turns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "turn_comments" ADD CONSTRAINT "turn_comments_replaced_turn_id_replaced_turns_id_fk" FOREIGN KEY ("replaced_turn_id") REFERENCES "public"."replaced_turns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "turn_comments" ADD CONSTRAINT "turn_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "turns" ADD CONSTRAINT "turns_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_leaders_idx" ON "assignment_leaders" USING btree ("assignment_id","leader_id");--> statement-breakpoint
CREATE INDEX "assignment_leaders_leader_idx" ON "assignment_leaders" USING btree ("leader_id");--> statement-breakpoint
CREATE INDEX "assignments_coach_idx" ON "assignments" USING btree ("coach_id","created_at");--> statement-breakpoint
CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "authored_scenarios_coach_idx" ON "authored_scenarios" USING btree ("coach_id");--> statement-breakpoint
CREATE INDEX "coach_invites_coach_idx" ON "coach_invites" USING btree ("coach_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "coach_links_live_idx" ON "coach_links" USING btree ("coach_id","leader_id") WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX "coach_links_leader_idx" ON "coach_links" USING btree ("leader_id");--> statement-breakpoint
CREATE INDEX "label_overrides_session_idx" ON "label_overrides" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "practice_sessions_user_idx" ON "practice_sessions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "practice_sessions_parent_idx" ON "practice_sessions" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "practice_sessions_assignment_idx" ON "practice_sessions" USING btree ("assignment_id","user_id");--> statement-breakpoint
CREATE INDEX "replaced_turns_session_idx" ON "replaced_turns" USING btree ("session_id","idx");--> statement-breakpoint
CREATE UNIQUE INDEX "scenario_versions_idx" ON "scenario_versions" USING btree ("scenario_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "session_reads_idx" ON "session_reads" USING btree ("session_id","user_id");--> statement-breakpoint
CREATE INDEX "session_reviews_session_idx" ON "session_reviews" USING btree ("session_id","coach_id","created_at");--> statement-breakpoint
CREATE INDEX "turn_comments_session_idx" ON "turn_comments" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "turns_session_idx" ON "turns" USING btree ("session_id","idx");