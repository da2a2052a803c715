import { figureChanges } from '@core/rubric/figure-change';
import { replyNumbers } from '@core/transcript/reply-numbers';
import { Loading } from '@web/components/loading';
import { PageMessage } from '@web/components/page-message';
import { api } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/document-title';
import { href } from '@web/lib/router';
import { useAsync } from '@web/lib/use-async';
import type { Session } from '@web/types/api';

const load = (a: string, b: string) =>
  Promise.all([a, b].map((id) => api.get<Session>(`/api/sessions/${encodeURIComponent(id)}`)));

/** Two tries of one scenario side by side: each figure's change, then the two conversations reply by reply. */
export function CompareView({ a, b, practicePath }: { a: string; b: string; practicePath(id: string): string }) {
  const pair = useAsync(() => load(a, b), `${a}/${b}`);
  useDocumentTitle('Compare tries');
  if (pair.status === 'loading') return <Loading label="Loading both tries…" />;
  if (pair.status === 'error') return <PageMessage title="Compare tries">{pair.error}</PageMessage>;
  const [left, right] = pair.data;
  const name = left.scenario?.persona.name ?? 'They';
  const changes = left.scorecard && right.scorecard ? figureChanges(left.scorecard.figures, right.scorecard.figures) : [];
  const label = (s: Session) => (s.parentId ? 'Branch' : 'Original');
  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="page-head">
        <h1 id="compare-title">Compare tries: {left.title}</h1>
        <p className="muted">
          <a href={href(practicePath(left.id))}>{label(left)}</a> and <a href={href(practicePath(right.id))}>{label(right)}</a>
        </p>
      </div>
      {changes.length > 0 ? (
        <table className="card data-table compare-figures">
          <caption>Scorecard figures, {label(left).toLowerCase()} → {label(right).toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">{label(left)}</th>
              <th scope="col">{label(right)}</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.label}</th>
                <td>{c.before}</td>
                <td>{c.after}</td>
                <td>{c.bandDelta === null ? '–' : c.bandDelta === 0 ? 'same band' : `${c.bandDelta > 0 ? '+' : ''}${c.bandDelta} band${Math.abs(c.bandDelta) === 1 ? '' : 's'}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">End both tries to compare their scorecards figure by figure.</p>
      )}
      <div className="compare-columns">
        {[left, right].map((s) => {
          const numbers = replyNumbers(s.turns);
          return (
            <section key={s.id} className="card compare-column" aria-label={label(s)}>
              <h2>{label(s)}</h2>
              <ol className="compare-turns">
                {s.turns.map((t) => (
                  <li key={t.index} className={t.speaker === 'leader' ? 'compare-leader' : 'compare-persona'}>
                    <span className="speaker">{t.speaker === 'leader' ? `You · reply ${numbers.get(t.index)}` : name}</span> {t.text}
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </section>
  );
}
