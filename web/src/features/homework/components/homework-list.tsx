import { useState } from 'react';
import { Banner } from '@web/components/banner';
import { errorMessage } from '@web/lib/api-client';
import { useAsync } from '@web/lib/use-async';
import { homeworkApi } from '../api/homework-api';
import { formatDue, formatValue, StatusPill } from './status-pill';

/** The leader's homework on the home page: due soonest first, overdue highlighted, an attempt one click away. */
export function HomeworkList({ onStarted }: { onStarted(sessionId: string): void }) {
  const list = useAsync(homeworkApi.myAssignments, 'my-homework');
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState<string | null>(null);
  if (list.status !== 'ready' || list.data.length === 0) return null;
  const start = async (scenarioId: string, assignmentId: string) => {
    setError(null);
    setStarting(assignmentId);
    try {
      onStarted((await homeworkApi.startAttempt(scenarioId, assignmentId)).id);
    } catch (e) {
      setError(errorMessage(e));
      setStarting(null);
    }
  };
  const sorted = [...list.data].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return (
    <section className="card homework-list" aria-labelledby="homework-heading">
      <h2 id="homework-heading">Homework</h2>
      {error && <Banner onDismiss={() => setError(null)}>{error}</Banner>}
      <ul>
        {sorted.map((a) => (
          <li key={a.id} className={`homework-item${a.status === 'overdue' ? ' is-overdue' : ''}`} data-testid="homework-item">
            <div className="homework-main">
              <strong>{a.scenarioTitle}</strong> <StatusPill status={a.status} />
              <p className="muted">
                From {a.coach.name} · due {formatDue(a.dueAt, a.timeZone)}
                {a.targetText && <> · target {a.targetText}</>}
                {a.attemptsLeft !== null && <> · {a.attemptsLeft} of {a.maxAttempts} attempts left</>}
              </p>
              {a.note && <p className="homework-note">{a.note}</p>}
              {a.best && (
                <p className="muted">
                  Best so far: {formatValue(a.best.value, a.target?.figure ?? 'overall')} ({a.attempts.length} attempt{a.attempts.length === 1 ? '' : 's'})
                </p>
              )}
            </div>
            <button
              type="button"
              className="btn btn-primary"
              disabled={a.blockedBy !== null || starting !== null}
              onClick={() => start(a.scenarioId, a.id)}
              aria-label={`Start an attempt: ${a.scenarioTitle}`}
            >
              {starting === a.id ? 'Starting…' : a.blockedBy === 'overdue' ? 'Past due' : a.blockedBy ? 'No attempts left' : 'Start an attempt'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
