import type { LeaderAssignment } from '@core/homework/wire';

const LABELS: Record<LeaderAssignment['status'], string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  target_met: 'target met',
  completed_below_target: 'below target',
  overdue: 'overdue',
};

export function StatusPill({ status }: { status: LeaderAssignment['status'] }) {
  return <span className={`pill homework-status status-${status}`}>{LABELS[status]}</span>;
}

/** A due date in the zone the coach set it in, and in the reader's own when that differs. */
export function formatDue(dueAt: string, timeZone: string | null): string {
  // dateStyle cannot be combined with timeZoneName, so the zone is named by hand.
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  const local = new Intl.DateTimeFormat(undefined, opts).format(new Date(dueAt));
  if (!timeZone) return local;
  const theirs = new Intl.DateTimeFormat(undefined, { ...opts, timeZone }).format(new Date(dueAt));
  return theirs === local ? `${local} (${timeZone})` : `${theirs} ${timeZone} (${local} your time)`;
}

export const formatValue = (value: number | null, figure: string | undefined) =>
  value === null ? '–' : figure && /Ratio|Share/.test(figure) ? `${Math.round(value * 100)}%` : String(value);
