import { useState } from 'react';
import type { CoachAssignment, ScenarioListItem } from '@core/homework/wire';
import { TARGET_FIGURES, type TargetFigure } from '@core/homework/target';
import { Banner } from '@web/components/banner';
import { errorMessage } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/document-title';
import { useAsync } from '@web/lib/use-async';
import { homeworkApi } from '../api/homework-api';
import { formatDue, formatValue, StatusPill } from './status-pill';

interface Paths {
  editScenario(id: string): string;
  newScenario: string;
  review(sessionId: string): string;
}

/** The coach's homework screen: their scenarios, a form to assign one, and completion per assignment. */
export function HomeworkPage({ paths, userId }: { paths: Paths; userId: string }) {
  useDocumentTitle('Homework');
  // One list for both sections: the coach's own scenarios, and the published ones to assign.
  const scenarios = useAsync(homeworkApi.scenarios, 'scenarios').data;
  // A new assignment reloads the completion tables in place: they stay on screen meanwhile.
  const assignments = useAsync(homeworkApi.coachAssignments, 'coach-assignments', { keep: true });
  return (
    <>
      <div className="page-head">
        <h1>Homework</h1>
        <p className="muted">Write scenarios for your leaders, assign them with a due date and a target, and see who met it.</p>
      </div>
      <MyScenarios scenarios={scenarios} paths={paths} userId={userId} />
      <AssignForm scenarios={scenarios} onAssigned={assignments.reload} />
      {assignments.data && <Completion assignments={assignments.data} paths={paths} />}
    </>
  );
}

function MyScenarios({ scenarios, paths, userId }: { scenarios: ScenarioListItem[] | undefined; paths: Paths; userId: string }) {
  return (
    <section className="card" aria-labelledby="my-scenarios-heading">
      <h2 id="my-scenarios-heading">My scenarios</h2>
      {scenarios && (
        <ul>
          {scenarios.filter((s) => s.authorId === userId).map((s) => (
            <li key={s.id}>
              <a href={`#${paths.editScenario(s.id)}`}>{s.title}</a> <span className="pill">{s.status}</span> <span className="muted">version {s.version}</span>
            </li>
          ))}
        </ul>
      )}
      <a className="btn" href={`#${paths.newScenario}`}>Write a scenario</a>
    </section>
  );
}

const FIGURE_LABELS: Record<TargetFigure, string> = {
  overall: 'Overall (1-5)',
  askRatio: 'Ask ratio (%)',
  openQuestionShare: 'Open questions (%)',
  talkShare: 'Talk share (%)',
  patience: 'Patience',
  ideasElicited: 'Ideas elicited (band 1-5)',
  delegation: 'Delegation final level (1-7)',
  ownership: 'Ownership (band 1-5)',
};
const isPercent = (f: TargetFigure) => f === 'askRatio' || f === 'openQuestionShare' || f === 'talkShare';

function AssignForm({ scenarios, onAssigned }: { scenarios: ScenarioListItem[] | undefined; onAssigned(): void }) {
  const leaders = useAsync(homeworkApi.leaders, 'leaders');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [scenarioId, setScenarioId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [due, setDue] = useState('');
  const [figure, setFigure] = useState<TargetFigure | ''>('');
  const [min, setMin] = useState('');
  const [maxAttempts, setMaxAttempts] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    setDone(null);
    try {
      // datetime-local has no zone: read it in the browser's zone and send the instant with its offset.
      const dueAt = new Date(due);
      if (!due || Number.isNaN(dueAt.getTime())) throw new Error('Choose a due date.');
      const threshold = Number(min);
      await homeworkApi.assign({
        scenarioId,
        leaderIds: chosen,
        dueAt: dueAt.toISOString(),
        timeZone: zone,
        ...(figure ? { target: { figure, min: isPercent(figure) ? threshold / 100 : threshold } } : {}),
        ...(maxAttempts ? { maxAttempts: Number(maxAttempts) } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setDone('Assigned.');
      onAssigned();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const assignable = scenarios?.filter((s) => s.status === 'published') ?? [];
  return (
    <section className="card" aria-labelledby="assign-heading">
      <h2 id="assign-heading">Assign a scenario</h2>
      {error && <Banner onDismiss={() => setError(null)}>{error}</Banner>}
      {done && <p role="status">{done}</p>}
      <form className="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="field">
          <label htmlFor="assign-scenario">Scenario</label>
          <select id="assign-scenario" value={scenarioId} onChange={(e) => setScenarioId(e.target.value)} required>
            <option value="">Choose…</option>
            {assignable.map((s) => (
              <option key={s.id} value={s.id}>{s.title}{s.source === 'coach' ? ' (yours)' : ''}</option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>Leaders</legend>
          {leaders.status === 'ready' && leaders.data.length === 0 && <p className="muted">No leader shares with you yet.</p>}
          {leaders.status === 'ready' && leaders.data.map((l) => (
            <label key={l.id} className="check">
              <input type="checkbox" checked={chosen.includes(l.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, l.id] : c.filter((x) => x !== l.id)))} />{' '}
              {l.name}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="assign-due">Due ({zone})</label>
          <input id="assign-due" type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="assign-figure">Target figure (optional)</label>
          <select id="assign-figure" value={figure} onChange={(e) => setFigure(e.target.value as TargetFigure | '')}>
            <option value="">No target: finishing counts</option>
            {TARGET_FIGURES.map((f) => (
              <option key={f} value={f}>{FIGURE_LABELS[f]}</option>
            ))}
          </select>
        </div>
        {figure && (
          <div className="field">
            <label htmlFor="assign-min">At least{isPercent(figure) ? ' (%)' : ''}</label>
            <input id="assign-min" type="number" step="any" min="0" value={min} onChange={(e) => setMin(e.target.value)} required />
          </div>
        )}
        <div className="field">
          <label htmlFor="assign-max">Maximum attempts (optional)</label>
          <input id="assign-max" type="number" min="1" max="50" value={maxAttempts} onChange={(e) => setMaxAttempts(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="assign-note">Note (optional)</label>
          <textarea id="assign-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={!scenarioId || chosen.length === 0}>Assign</button>
      </form>
    </section>
  );
}

function Completion({ assignments, paths }: { assignments: CoachAssignment[]; paths: Paths }) {
  if (assignments.length === 0) return null;
  return (
    <section className="card" aria-labelledby="completion-heading">
      <h2 id="completion-heading">Assignments</h2>
      {assignments.map((a) => (
        <AssignmentCompletion key={a.id} assignment={a} paths={paths} />
      ))}
    </section>
  );
}

function AssignmentCompletion({ assignment: a, paths }: { assignment: CoachAssignment; paths: Paths }) {
  const met = a.leaders.filter((l) => l.status === 'target_met').length;
  return (
    <article className="assignment" data-testid="assignment">
      <h3>{a.scenarioTitle}</h3>
      <p className="muted">
        Due {formatDue(a.dueAt, a.timeZone)} · {a.targetText ? `target ${a.targetText}` : 'no target'}
        {a.maxAttempts !== null && ` · at most ${a.maxAttempts} attempts`} · {met} of {a.leaders.length} met the target
      </p>
      <table className="data-table">
        <caption className="visually-hidden">Who met the target of {a.scenarioTitle}</caption>
        <thead>
          <tr>
            <th scope="col">Leader</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
          </tr>
        </thead>
        <tbody>
          {a.leaders.map((l) => (
            <tr key={l.id} className={l.status === 'overdue' ? 'is-overdue' : undefined}>
              <th scope="row">{l.name}</th>
              <td><StatusPill status={l.status} /></td>
              <td>
                {l.attempts.length === 0 ? '–' : (
                  <ol className="attempts">
                    {l.attempts.map((t, i) => (
                      <li key={t.sessionId}>
                        <a href={`#${paths.review(t.sessionId)}`}>
                          Attempt {i + 1}: {t.status === 'open' ? 'in progress' : formatValue(t.value, a.target?.figure ?? 'overall')}
                          {t.metTarget ? ' ✓' : ''}
                        </a>
                      </li>
                    ))}
                  </ol>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
