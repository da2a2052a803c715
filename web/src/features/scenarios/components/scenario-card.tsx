import type { ScenarioBrief } from '@web/types/api';

interface ScenarioCardProps {
  scenario: ScenarioBrief;
  starting: boolean;
  disabled: boolean;
  onStart(id: string): void;
}

export function ScenarioCard({ scenario, starting, disabled, onStart }: ScenarioCardProps) {
  const titleId = `scenario-${scenario.id}-title`;
  return (
    <article className="card scenario-card" aria-labelledby={titleId}>
      <header className="scenario-head">
        <h2 id={titleId}>{scenario.title}</h2>
        <span className={`pill difficulty difficulty-${scenario.difficulty}`}>{scenario.difficulty}</span>
      </header>
      <p className="persona-line">
        With <strong>{scenario.persona.name}</strong>, {scenario.persona.role}
      </p>
      <p className="scenario-brief">{scenario.brief}</p>
      <p className="focus">
        <span className="focus-label">Learning focus</span> {scenario.learningFocus}
      </p>
      <div className="card-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={disabled}
          onClick={() => onStart(scenario.id)}
          aria-label={`Start: ${scenario.title}`}
        >
          {starting ? 'Starting…' : 'Start'}
        </button>
      </div>
    </article>
  );
}
