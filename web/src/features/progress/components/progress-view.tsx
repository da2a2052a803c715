import { useId, useState } from 'react';
import { bestAndLatest, progressPoints } from '@core/review/progress';
import { LineChart } from '@web/components/charts/line-chart';
import { Banner } from '@web/components/banner';
import { Loading } from '@web/components/loading';
import { api } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/document-title';
import { formatDateTime } from '@web/lib/format';
import { href } from '@web/lib/router';
import { useAsync } from '@web/lib/use-async';
import type { SessionSummary } from '@web/types/api';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const FIGURES = [
  { key: 'overall', title: 'Overall (of 5)', max: 5, format: (v: number) => v.toFixed(1) },
  { key: 'askRatio', title: 'Ask ratio', max: 1, format: pct },
  { key: 'openQuestionShare', title: 'Open questions', max: 1, format: pct },
  { key: 'talkShare', title: 'Talk share', max: 1, format: pct },
  { key: 'delegation', title: 'Final delegation level (0-7)', max: 7, format: (v: number) => `level ${v}`, axis: String },
] as const;

/** Each scorecard figure across the leader's ended sessions, filtered by scenario and learning focus. */
export function ProgressView({ scorecardPath }: { scorecardPath(id: string): string }) {
  useDocumentTitle('My progress');
  const sessions = useAsync(() => api.get<SessionSummary[]>('/api/sessions'), 'progress');
  const [scenario, setScenario] = useState('');
  const [focus, setFocus] = useState('');
  const id = useId();
  if (sessions.status === 'loading') return <Loading label="Loading your progress…" />;
  if (sessions.status === 'error') return <Banner>{sessions.error}</Banner>;
  const all = progressPoints(sessions.data);
  const points = all.filter((p) => (!scenario || p.scenarioId === scenario) && (!focus || p.learningFocus === focus));
  const scenarios = [...new Map(all.map((p) => [p.scenarioId, p.scenarioTitle])).entries()];
  const focuses = [...new Set(all.map((p) => p.learningFocus))];
  return (
    <section className="progress" aria-labelledby={`${id}-title`}>
      <div className="page-head">
        <h1 id={`${id}-title`}>My progress</h1>
        <p className="muted">Each figure across your ended sessions, oldest first.</p>
      </div>
      {all.length === 0 ? (
        <p className="empty">No scored sessions yet: end a session with at least 2 replies to see it here.</p>
      ) : (
        <>
          <div className="card progress-filters">
            <label>
              Scenario{' '}
              <select value={scenario} onChange={(e) => setScenario(e.target.value)}>
                <option value="">All scenarios</option>
                {scenarios.map(([sid, title]) => (
                  <option key={sid} value={sid}>
                    {title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Learning focus{' '}
              <select value={focus} onChange={(e) => setFocus(e.target.value)}>
                <option value="">All</option>
                {focuses.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="charts">
            {FIGURES.map((f) => (
              <LineChart
                key={f.key}
                title={f.title}
                max={f.max}
                format={f.format}
                axis={'axis' in f ? f.axis : undefined}
                points={points.map((p) => ({ label: `${p.scenarioTitle}, ${formatDateTime(p.endedAt)}`, value: f.key === 'overall' ? p.overall : p.values[f.key] }))}
              />
            ))}
          </div>
          <table className="card data-table progress-table">
            <caption>Best and latest attempt per scenario</caption>
            <thead>
              <tr>
                <th scope="col">Scenario</th>
                <th scope="col">Attempts</th>
                <th scope="col">Best</th>
                <th scope="col">Latest</th>
              </tr>
            </thead>
            <tbody>
              {bestAndLatest(points).map((s) => (
                <tr key={s.scenarioId}>
                  <th scope="row">{s.scenarioTitle}</th>
                  <td>{s.attempts}</td>
                  <td>
                    <a href={href(scorecardPath(s.best.id))}>{s.best.overall.toFixed(1)} / 5</a>
                  </td>
                  <td>
                    <a href={href(scorecardPath(s.latest.id))}>
                      {s.latest.overall.toFixed(1)} / 5<span className="visually-hidden"> (latest)</span>
                    </a>{' '}
                    <span className="muted">{formatDateTime(s.latest.endedAt)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
