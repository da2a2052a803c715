import { figureChanges } from '@core/rubric/figure-change';
import { replyNumbers } from '@core/transcript/reply-numbers';
import { pairTurns, type TurnSide } from '@core/transcript/turn-pairs';
import { Loading } from '@web/components/loading';
import { PageMessage } from '@web/components/page-message';
import { TurnCutMark } from '@web/components/turn-cut-mark';
import { api } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/document-title';
import { href } from '@web/lib/router';
import { useAsync } from '@web/lib/use-async';
import type { Session, Turn } from '@web/types/api';

const load = (a: string, b: string) =>
  Promise.all([a, b].map((id) => api.get<Session>(`/api/sessions/${encodeURIComponent(id)}`)));

/** "Original", "Branch from reply 2"; numbered when both tries would read the same. */
function tryLabels(left: Session, right: Session): [string, string] {
  const label = (s: Session) => (s.parentId && s.forkTurnIndex != null ? `Branch from reply ${replyNumbers(s.turns).get(s.forkTurnIndex)}` : 'Original');
  const [a, b] = [label(left), label(right)];
  return a === b ? [`${a} (1)`, `${b} (2)`] : [a, b];
}

const bandChange = (delta: number | null): string =>
  delta === null ? '–' : delta === 0 ? 'same band' : `${delta > 0 ? '+' : ''}${delta} band${Math.abs(delta) === 1 ? '' : 's'}`;

const overallChange = (before: number, after: number): string => {
  const delta = Math.round((after - before) * 10) / 10;
  return delta === 0 ? 'same' : `${delta > 0 ? '+' : ''}${delta}`;
};

/** Two tries of one scenario side by side: each figure's change, then the two conversations turn by turn. */
export function CompareView({ a, b, practicePath }: { a: string; b: string; practicePath(id: string): string }) {
  const pair = useAsync(() => load(a, b), `${a}/${b}`);
  useDocumentTitle('Compare tries');
  if (pair.status === 'loading') return <Loading label="Loading both tries…" />;
  if (pair.status === 'error') return <PageMessage title="Compare tries">{pair.error}</PageMessage>;
  const [left, right] = pair.data;
  const name = left.scenario?.persona.name ?? 'They';
  const changes = left.scorecard && right.scorecard ? figureChanges(left.scorecard.figures, right.scorecard.figures) : [];
  const overall = [left.scorecard?.overall, right.scorecard?.overall] as const;
  const labels = tryLabels(left, right);
  const speaker = (side: TurnSide<Turn>) => (side.reply === null ? (side.turn.speakerName ?? name) : `You · reply ${side.reply}`);
  const cell = (side: TurnSide<Turn> | null, label: string, rowSpeaker: string) =>
    side ? (
      <td data-label={label}>
        {speaker(side) !== rowSpeaker && <span className="speaker">{speaker(side)}: </span>}
        {side.turn.text}
        <TurnCutMark turn={side.turn} />
      </td>
    ) : (
      <td data-label={label} className="muted">
        (no turn here)
      </td>
    );
  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="page-head">
        <h1 id="compare-title">Compare tries: {left.title}</h1>
        <p className="muted">
          <a href={href(practicePath(left.id))}>{labels[0]}</a> and <a href={href(practicePath(right.id))}>{labels[1]}</a>
        </p>
      </div>
      {changes.length > 0 ? (
        <table className="card data-table compare-figures">
          <caption>
            Scorecard figures, {labels[0].toLowerCase()} → {labels[1].toLowerCase()}
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">{labels[0]}</th>
              <th scope="col">{labels[1]}</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {overall[0] != null && overall[1] != null && (
              <tr>
                <th scope="row">Overall</th>
                <td data-label={labels[0]}>{overall[0]} / 5</td>
                <td data-label={labels[1]}>{overall[1]} / 5</td>
                <td data-label="Change">{overallChange(overall[0], overall[1])}</td>
              </tr>
            )}
            {changes.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.label}</th>
                <td data-label={labels[0]}>{c.before}</td>
                <td data-label={labels[1]}>{c.after}</td>
                <td data-label="Change">{bandChange(c.bandDelta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">End both tries to compare their scorecards figure by figure.</p>
      )}
      <table className="card data-table compare-turns stack-on-phone">
        <caption>The two conversations, turn by turn</caption>
        <thead>
          <tr>
            <th scope="col">Turn</th>
            <th scope="col">{labels[0]}</th>
            <th scope="col">{labels[1]}</th>
          </tr>
        </thead>
        <tbody>
          {pairTurns(left.turns, right.turns).map((row) => {
            const rowSpeaker = speaker((row.left ?? row.right)!);
            return (
              <tr key={row.index} className={row.shared ? 'compare-shared' : row.left?.reply || row.right?.reply ? 'compare-leader' : 'compare-persona'}>
                <th scope="row">{rowSpeaker}</th>
                {row.shared ? (
                  <td colSpan={2} data-label="Both">
                    {row.left!.turn.text}
                    <TurnCutMark turn={row.left!.turn} /> <span className="shared-mark">same in both</span>
                  </td>
                ) : (
                  <>
                    {cell(row.left, labels[0], rowSpeaker)}
                    {cell(row.right, labels[1], rowSpeaker)}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
