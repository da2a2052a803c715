import { delegationName } from '../rubric/moves';
import type { ReplyScore, Scorecard } from '../rubric/types';
import type { Conversation, ConversationTurn } from './conversation';
import { formatClock } from './timestamps';

// A transcript to read or paste into notes: the scorecard, then every turn, with each leader
// reply's moves and the words that earned them.

const kindLabel = (kind: string) => kind.replace(/_/g, ' ');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
// Markdown would read "*", "_", "#"... in people's words as formatting.
const escape = (s: string) => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');

export function conversationToMarkdown(c: Conversation): string {
  const out = [`# ${escape(c.title)}`, '', `Leader: **${escape(c.leaderName)}**`, ''];
  if (c.scorecard) out.push(...scorecardLines(c.scorecard), '');
  out.push('## Transcript', '');
  for (const t of c.turns) out.push(...turnLines(t), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function scorecardLines(card: Scorecard): string[] {
  return [
    `## Scorecard (${card.overall === null ? 'not enough replies to score' : `overall ${card.overall} of 5`})`,
    '',
    '| figure | value | band |',
    '|---|---|---|',
    ...card.figures.map((f) => `| ${f.label} | ${escape(f.display)} | ${f.band === null ? 'not applicable' : `${f.band} of 5`} |`),
  ];
}

function turnLines(t: ConversationTurn): string[] {
  const time = t.start === null ? '' : `[${formatClock(t.start)}] `;
  const head = `**${time}${escape(t.speaker)}${t.isLeader ? ' (leader)' : ''}:** ${escape(oneLine(t.text))}`;
  return t.score ? [head, '', ...scoreLines(t.score)] : [head];
}

function scoreLines(score: ReplyScore): string[] {
  const d = score.delegation;
  const level = d.level === 'none' ? 'no decision in play' : `level ${d.level} (${delegationName(d.level)})`;
  return [
    ...score.moves.map((m) => `- *${kindLabel(m.kind)}* (${m.family}): “${escape(oneLine(m.text))}” — ${escape(m.reason)}`),
    `- family: **${score.family}**; delegation: ${level}`,
  ];
}
