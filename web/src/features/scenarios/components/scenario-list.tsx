import { Banner } from '@web/components/banner';
import { Loading } from '@web/components/loading';
import { useAsync } from '@web/lib/use-async';
import { listScenarios } from '../api/scenarios-api';
import { ScenarioCard } from './scenario-card';

interface ScenarioListProps {
  /** The scenario being started, if any: its button says so and the others wait. */
  startingId: string | null;
  onStart(id: string): void;
}

export function ScenarioList({ startingId, onStart }: ScenarioListProps) {
  const scenarios = useAsync(listScenarios, 'scenarios');
  if (scenarios.status === 'loading') return <Loading label="Loading scenarios…" />;
  if (scenarios.status === 'error')
    return (
      <Banner actions={<button type="button" className="btn btn-small" onClick={scenarios.reload}>Try again</button>}>
        {scenarios.error}
      </Banner>
    );
  if (scenarios.data.length === 0) return <p className="muted">No scenarios are available yet.</p>;
  return (
    <div className="scenario-grid">
      {scenarios.data.map((s) => (
        <ScenarioCard key={s.id} scenario={s} starting={startingId === s.id} disabled={startingId !== null} onStart={onStart} />
      ))}
    </div>
  );
}
