import { useAsync } from '@web/lib/use-async';
import { homeworkApi } from '../api/homework-api';
import { formatValue } from './status-pill';

/** Beside the live scorecard: the target of the homework this session is an attempt at (nothing otherwise). */
export function HomeworkTarget({ sessionId }: { sessionId: string }) {
  const list = useAsync(homeworkApi.myAssignments, `homework-of-${sessionId}`);
  const assignment = list.status === 'ready' ? list.data.find((a) => a.attempts.some((t) => t.sessionId === sessionId)) : undefined;
  if (!assignment) return null;
  const n = assignment.attempts.findIndex((t) => t.sessionId === sessionId) + 1;
  return (
    <p className="homework-target" data-testid="homework-target">
      Homework from {assignment.coach.name}, attempt {n}
      {assignment.maxAttempts !== null && ` of ${assignment.maxAttempts}`}: {assignment.targetText ? <>target <strong>{assignment.targetText}</strong></> : 'no target, finishing counts'}
      {assignment.best && <> · best so far {formatValue(assignment.best.value, assignment.target?.figure ?? 'overall')}</>}
    </p>
  );
}
