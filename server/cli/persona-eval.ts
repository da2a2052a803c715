import type { Scenario } from '@core/scenario/schema';
import type { PersonaEngine } from '../practice/engines';
import { measureRun, summarize, type RunMeasure, type ScriptFigures } from './persona-metrics';
import { playScript } from './persona-play';
import { SCRIPTS, scriptFor, type Script } from './persona-scripts';

// eval:persona's core: every scenario, every scripted leader, `runs` times, one JSON-ready report.

export interface PersonaEvalReport {
  mode: 'offline' | 'llm';
  model: string | null;
  runs: number;
  scenarios: { id: string; scripts: Record<Script, ScriptFigures> }[];
  totals: Record<Script, ScriptFigures>;
}

export interface PersonaEvalOptions {
  mode: 'offline' | 'llm';
  model: string | null;
  engine: PersonaEngine;
  scenarios: Scenario[];
  runs: number;
}

export async function evaluatePersona({ mode, model, engine, scenarios, runs }: PersonaEvalOptions): Promise<PersonaEvalReport> {
  const all = Object.fromEntries(SCRIPTS.map((s) => [s, [] as RunMeasure[]])) as Record<Script, RunMeasure[]>;
  const perScenario: PersonaEvalReport['scenarios'] = [];
  for (const scenario of scenarios) {
    const scripts = {} as Record<Script, ScriptFigures>;
    for (const script of SCRIPTS) {
      const measures: RunMeasure[] = [];
      for (let run = 0; run < runs; run++) {
        const played = await playScript(engine, scenario, scriptFor(script, run), `eval-${scenario.id}-${script}-${run}`);
        measures.push(measureRun(scenario, played));
      }
      scripts[script] = summarize(measures);
      all[script].push(...measures);
    }
    perScenario.push({ id: scenario.id, scripts });
  }
  const totals = Object.fromEntries(SCRIPTS.map((s) => [s, summarize(all[s])])) as Record<Script, ScriptFigures>;
  return { mode, model, runs, scenarios: perScenario, totals };
}
