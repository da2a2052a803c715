import { text } from 'node:stream/consumers';
import type { PersonaEvalReport } from './persona-eval';
import type { ScriptFigures } from './persona-metrics';

// npm run -s eval:persona | npm run -s eval:persona:table
// Turns eval:persona's JSON into the Markdown table the README shows, for any model's run.

const FIGURES: (keyof ScriptFigures)[] = [
  'facts_revealed',
  'facts_revealed_unasked',
  'idea_turn',
  'idea_unasked',
  'takeover_accepted',
  'mean_persona_words',
  'errors',
];

export function personaTable(report: PersonaEvalReport): string {
  const rows = [...report.scenarios.map((s) => [s.id, s.scripts] as const), ['**all scenarios**', report.totals] as const];
  const lines = [
    `${report.mode}${report.model ? ` (${report.model})` : ''}, ${report.runs} run${report.runs === 1 ? '' : 's'} per script`,
    '',
    `| scenario | leader | ${FIGURES.join(' | ')} |`,
    `|---|---|${FIGURES.map(() => '---:').join('|')}|`,
    ...rows.flatMap(([id, scripts]) =>
      Object.entries(scripts).map(([script, figures]) => `| ${id} | ${script} | ${FIGURES.map((f) => figures[f] ?? '–').join(' | ')} |`),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(personaTable(JSON.parse(await text(process.stdin)) as PersonaEvalReport));
}
