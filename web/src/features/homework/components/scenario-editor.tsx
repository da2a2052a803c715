import { useState, type ReactNode } from 'react';
import type { ScenarioIssue } from '@core/scenario/issues';
import type { Scenario } from '@core/scenario/schema';
import { Banner } from '@web/components/banner';
import { api, errorMessage } from '@web/lib/api-client';
import { useAsync } from '@web/lib/use-async';
import { useDocumentTitle } from '@web/lib/document-title';
import { homeworkApi, scenarioErrors } from '../api/homework-api';
import { emptyDraft, toDraft, toScenario, type ScenarioDraft } from './scenario-form-model';

const STYLES: Scenario['persona']['speakingStyle'][] = ['plain', 'reserved', 'verbose', 'upset', 'people-pleasing', 'defensive'];

interface EditorProps {
  /** null: a new scenario. */
  scenarioId: string | null;
  onSaved(id: string): void;
  onTry(sessionId: string): void;
  onDone(): void;
}

/** Loads the scenario to edit, then shows the form. */
export function ScenarioEditor(props: EditorProps) {
  const source = useAsync(() => (props.scenarioId ? homeworkApi.source(props.scenarioId) : Promise.resolve(null)), props.scenarioId ?? 'new');
  useDocumentTitle(props.scenarioId ? 'Edit scenario' : 'New scenario');
  if (source.status === 'loading') return <p className="muted">Loading…</p>;
  if (source.status === 'error') return <Banner>{source.error}</Banner>;
  return <ScenarioForm key={props.scenarioId ?? 'new'} {...props} loaded={source.data} />;
}

function ScenarioForm({ scenarioId, onSaved, onTry, onDone, loaded }: EditorProps & { loaded: Awaited<ReturnType<typeof homeworkApi.source>> | null }) {
  const [draft, setDraft] = useState<ScenarioDraft>(loaded ? toDraft(loaded.scenario) : emptyDraft());
  const [issues, setIssues] = useState<ScenarioIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [yaml, setYaml] = useState('');
  const status = loaded?.status ?? 'draft';

  const issuesAt = (path: string) => issues.filter((i) => i.path === path);
  const set = (patch: Partial<ScenarioDraft>) => setDraft((d) => ({ ...d, ...patch }));

  /** Saves and returns the id, or null when the server refused (field errors are then shown). */
  const save = async (): Promise<string | null> => {
    setError(null);
    setNotice(null);
    try {
      const body = toScenario(draft);
      const { id } = scenarioId ? await homeworkApi.save(scenarioId, body) : await homeworkApi.create(body);
      setIssues([]);
      return id;
    } catch (e) {
      const fieldErrors = scenarioErrors(e);
      if (fieldErrors) setIssues(fieldErrors);
      else setError(errorMessage(e));
      return null;
    }
  };
  const run = async (action: (id: string) => Promise<void>) => {
    const id = await save();
    if (id) await action(id).catch((e: unknown) => setError(errorMessage(e)));
  };
  const saveOnly = () => run(async (id) => (scenarioId ? setNotice('Saved.') : onSaved(id)));
  const tryIt = () => run(async (id) => onTry((await api.post<{ id: string }>('/api/sessions', { scenarioId: id })).id));
  const publish = () => run(async (id) => {
    await homeworkApi.publish(id);
    onSaved(id);
    setNotice('Published: your leaders can see it now.');
  });
  const duplicate = async () => {
    try {
      onSaved((await homeworkApi.duplicate(scenarioId!)).id);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const archive = async () => {
    try {
      await homeworkApi.archive(scenarioId!);
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const importYaml = async () => {
    setError(null);
    try {
      onSaved((await homeworkApi.importYaml(yaml)).id);
    } catch (e) {
      const fieldErrors = scenarioErrors(e);
      if (fieldErrors) setIssues(fieldErrors);
      else setError(errorMessage(e));
    }
  };

  const text = (label: string, path: string, value: string, onChange: (v: string) => void, long = false, hint?: string) => (
    <Field label={label} path={path} issues={issuesAt(path)} hint={hint}>
      {(id, describedBy) =>
        long ? (
          <textarea id={id} aria-describedby={describedBy} aria-invalid={issuesAt(path).length > 0} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input id={id} aria-describedby={describedBy} aria-invalid={issuesAt(path).length > 0} value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
  const persona = (key: keyof ScenarioDraft['persona']) => (v: string) => set({ persona: { ...draft.persona, [key]: v } });
  const fact = (i: number, key: 'id' | 'fact' | 'topics') => (v: string) =>
    set({ hiddenFacts: draft.hiddenFacts.map((f, j) => (j === i ? { ...f, [key]: v } : f)) });
  const general = issues.filter((i) => i.path === '');

  return (
    <>
      <div className="page-head">
        <h1>{scenarioId ? `Edit scenario: ${draft.title || scenarioId}` : 'New scenario'}</h1>
        {loaded && (
          <p className="muted">
            <span className="pill">{status}</span> version {loaded.version}
            {status === 'published' && ' · saving makes a new version; sessions already played keep theirs'}
          </p>
        )}
      </div>
      {error && <Banner onDismiss={() => setError(null)}>{error}</Banner>}
      {notice && <p role="status" className="notice">{notice}</p>}
      {issues.length > 0 && (
        <div role="alert" className="banner banner-error">
          The scenario has {issues.length} problem{issues.length === 1 ? '' : 's'}; each is shown next to its field.
          {general.map((g) => (
            <p key={g.message}>{g.message}</p>
          ))}
        </div>
      )}
      <form className="form scenario-form" onSubmit={(e) => { e.preventDefault(); void saveOnly(); }}>
        <fieldset>
          <legend>The scenario</legend>
          {text('Id (lowercase letters, digits and dashes)', '/id', draft.id, (v) => set({ id: v }))}
          {text('Title', '/title', draft.title, (v) => set({ title: v }))}
          {text('Brief: what the leader reads before starting', '/brief', draft.brief, (v) => set({ brief: v }), true)}
          {text('Learning focus', '/learningFocus', draft.learningFocus, (v) => set({ learningFocus: v }))}
          <Field label="Difficulty" path="/difficulty" issues={issuesAt('/difficulty')}>
            {(id) => (
              <select id={id} value={draft.difficulty} onChange={(e) => set({ difficulty: e.target.value as ScenarioDraft['difficulty'] })}>
                <option value="easy">easy</option>
                <option value="medium">medium</option>
                <option value="hard">hard</option>
              </select>
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>The persona</legend>
          {text('Name', '/persona/name', draft.persona.name, persona('name'))}
          {text('Role', '/persona/role', draft.persona.role, persona('role'))}
          {text('Personality', '/persona/personality', draft.persona.personality, persona('personality'))}
          {text('Mood', '/persona/mood', draft.persona.mood, persona('mood'))}
          <Field label="Speaking style" path="/persona/speakingStyle" issues={issuesAt('/persona/speakingStyle')}>
            {(id) => (
              <select id={id} value={draft.persona.speakingStyle} onChange={(e) => persona('speakingStyle')(e.target.value)}>
                {STYLES.map((s) => (
                  <option key={s} value={s}>{s}</option>
                ))}
              </select>
            )}
          </Field>
          {text('Opening line', '/openingLine', draft.openingLine, (v) => set({ openingLine: v }), true)}
          {text('What the persona wants', '/wants', draft.wants, (v) => set({ wants: v }))}
        </fieldset>
        <fieldset>
          <legend>Hidden facts (2 to 6)</legend>
          {issuesAt('/hiddenFacts').map((i) => <p key={i.message} className="form-error">{i.message}</p>)}
          {draft.hiddenFacts.map((f, i) => (
            <div key={i} className="fact-row">
              {text(`Fact ${i + 1} id`, `/hiddenFacts/${i}/id`, f.id, fact(i, 'id'))}
              {text(`Fact ${i + 1}`, `/hiddenFacts/${i}/fact`, f.fact, fact(i, 'fact'), true)}
              {text(`Fact ${i + 1} topics (comma-separated)`, `/hiddenFacts/${i}/topics`, f.topics, fact(i, 'topics'))}
              <button type="button" className="btn btn-small" onClick={() => set({ hiddenFacts: draft.hiddenFacts.filter((_, j) => j !== i) })}>
                Remove fact {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="btn btn-small" onClick={() => set({ hiddenFacts: [...draft.hiddenFacts, { id: '', fact: '', topics: '' }] })}>
            Add a hidden fact
          </button>
        </fieldset>
        <fieldset>
          <legend>The persona’s own idea</legend>
          {text('Summary', '/ownIdea/summary', draft.ownIdea.summary, (v) => set({ ownIdea: { ...draft.ownIdea, summary: v } }))}
          {text('How they say it', '/ownIdea/text', draft.ownIdea.text, (v) => set({ ownIdea: { ...draft.ownIdea, text: v } }), true)}
          {text('Keywords (comma-separated)', '/ownIdea/keywords', draft.ownIdea.keywords, (v) => set({ ownIdea: { ...draft.ownIdea, keywords: v } }))}
        </fieldset>
        <fieldset>
          <legend>Ownership</legend>
          {text('The persona commits (an action and a time)', '/ownership/personaCommits', draft.ownership.personaCommits, (v) => set({ ownership: { ...draft.ownership, personaCommits: v } }))}
          {text('The leader takes over', '/ownership/leaderTakesOver', draft.ownership.leaderTakesOver, (v) => set({ ownership: { ...draft.ownership, leaderTakesOver: v } }))}
          {text('Commitment to their own idea (optional)', '/ownership/ideaCommits', draft.ownership.ideaCommits, (v) => set({ ownership: { ...draft.ownership, ideaCommits: v } }))}
        </fieldset>
        <div className="card-actions">
          <button type="submit" className="btn">Save draft</button>
          <button type="button" className="btn" onClick={tryIt}>Try it</button>
          <button type="button" className="btn btn-primary" onClick={publish}>{status === 'published' ? 'Save and keep published' : 'Publish'}</button>
          {scenarioId && (
            <>
              <button type="button" className="btn" onClick={duplicate}>Duplicate</button>
              <a className="btn" href={homeworkApi.exportUrl(scenarioId)} download={`${scenarioId}.yaml`}>Export YAML</a>
              <button type="button" className="btn btn-ghost" onClick={archive}>Archive</button>
            </>
          )}
        </div>
      </form>
      {!scenarioId && (
        <section className="card scenario-import" aria-labelledby="import-heading">
          <h2 id="import-heading">Or import a YAML file</h2>
          <label htmlFor="scenario-yaml">Scenario YAML (the prompts/scenarios format)</label>
          <textarea id="scenario-yaml" rows={6} value={yaml} onChange={(e) => setYaml(e.target.value)} />
          <input
            type="file"
            accept=".yaml,.yml"
            aria-label="Choose a YAML file"
            onChange={(e) => void e.target.files?.[0]?.text().then(setYaml)}
          />
          <button type="button" className="btn" disabled={!yaml.trim()} onClick={importYaml}>Import</button>
        </section>
      )}
    </>
  );
}

function Field({ label, path, issues, hint, children }: { label: string; path: string; issues: ScenarioIssue[]; hint?: string; children: (id: string, describedBy?: string) => ReactNode }) {
  const id = `field${path.replace(/\//g, '-')}`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, issues.length > 0 ? errorId : undefined)}
      {hint && <p className="muted">{hint}</p>}
      {issues.length > 0 && (
        <p id={errorId} className="form-error" data-path={path}>
          {issues.map((i) => i.message).join('; ')}
        </p>
      )}
    </div>
  );
}
