import { currentLabel, isMoveKind, parseDelegationValue } from '../review/apply-overrides';
import type { SessionExport } from './export-schema';

// A session file's coaching record must hold together before anything is stored: comments and
// overrides on leader replies that exist, threads and edit chains pointing backwards within the
// file, and each override's `active` agreeing with whether a later one replaced it. A file is
// untrusted input; a broken one is refused whole. Returns the JSON pointer and what was expected.

export interface AnnotationProblem {
  path: string;
  expected: string;
}

/** Which version of its reply an annotation is on: '' for the reply as it stands, else the earlier version's words and time. */
const versionOf = (a: { earlierVersion?: { text: string; createdAt: string } }): string =>
  a.earlierVersion ? `${a.earlierVersion.createdAt}\u0000${a.earlierVersion.text}` : '';

const labelOf = (o: SessionExport['overrides'][number]) => `${o.turnIndex}:${o.target}:${o.moveIndex}${versionOf(o) ? ` (earlier version ${o.earlierVersion!.createdAt})` : ''}`;

/** `file`: the session's, or one branch's (with its whole transcript, shared turns included). */
export function checkAnnotations(file: Pick<SessionExport, 'turns' | 'comments' | 'overrides'>): AnnotationProblem | undefined {
  const replyAt = (turnIndex: number) => {
    const turn = file.turns[turnIndex];
    return turn?.speaker === 'leader' ? turn : undefined;
  };

  // Comments come in the order they were written; an edited comment's current text can be newer
  // than the answers to it, so a parent may come later in the file, but threads never loop.
  // Every check is linear in the file: no search per comment, and each thread is walked once
  // (`rooted` holds the comments already known to lead up to a first comment without a loop).
  const comments = new Map(file.comments.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const rooted = new Set<string>();
  for (const [i, c] of file.comments.entries()) {
    const at = `/comments/${i}`;
    if (!replyAt(c.turnIndex)) return { path: at, expected: `turnIndex ${c.turnIndex} to be a leader reply of this session` };
    if (seen.has(c.id)) return { path: at, expected: `comment ids to be unique; "${c.id}" is used twice` };
    seen.add(c.id);
    const parent = c.parentId === null ? undefined : comments.get(c.parentId);
    if (c.parentId !== null && parent?.turnIndex !== c.turnIndex)
      return { path: at, expected: `parentId to name a comment on the same reply; "${c.parentId}" is not one` };
    if (parent && versionOf(parent) !== versionOf(c))
      return { path: at, expected: `an answer on the same version of the reply as the comment it answers ("${c.parentId}"): both with the same earlierVersion, or neither` };
    const path = new Set<string>([c.id]);
    // A parent the file lacks ends the walk: that comment's own turn reports it.
    for (let up = c.parentId; up !== null && !rooted.has(up); up = comments.get(up)?.parentId ?? null) {
      if (path.has(up)) return { path: at, expected: 'a thread without loops (a comment cannot answer itself)' };
      path.add(up);
    }
    for (const id of path) rooted.add(id);
  }

  const overrides = new Map<string, { label: string; replacedBy?: string }>();
  for (const [i, o] of file.overrides.entries()) {
    const at = `/overrides/${i}`;
    const reply = replyAt(o.turnIndex);
    // An earlier version's reading is not in the file: only the reply as it stands can vouch for a move index.
    const score = o.earlierVersion ? undefined : reply?.score;
    if (o.earlierVersion ? !reply : !score) return { path: at, expected: `turnIndex ${o.turnIndex} to be a scored leader reply of this session` };
    if (overrides.has(o.id)) return { path: at, expected: `override ids to be unique; "${o.id}" is used twice` };
    if (o.target === 'move' ? o.moveIndex === null || !isMoveKind(o.to) : o.moveIndex !== null || parseDelegationValue(o.to) === undefined)
      return { path: at, expected: o.target === 'move' ? 'a moveIndex and a move kind in "to"' : 'moveIndex null and a delegation level 0-7 or "none" in "to"' };
    if (score && currentLabel(score, o.target, o.moveIndex) === undefined) return { path: at, expected: `reply ${o.turnIndex} to have move ${o.moveIndex}` };
    const label = labelOf(o);
    if (o.replaces !== null) {
      const old = overrides.get(o.replaces);
      if (!old || old.label !== label || old.replacedBy)
        return { path: at, expected: `replaces to name an earlier, not yet replaced override of the same label; "${o.replaces}" is not one` };
      old.replacedBy = o.id;
    }
    overrides.set(o.id, { label, replacedBy: undefined });
  }
  for (const [i, o] of file.overrides.entries()) {
    const replaced = overrides.get(o.id)!.replacedBy !== undefined;
    if (o.active === replaced) return { path: `/overrides/${i}`, expected: `active to be ${!replaced} (${replaced ? 'a later override replaces it' : 'nothing replaces it'})` };
  }
  const live = new Set<string>();
  for (const o of file.overrides) {
    if (!o.active) continue;
    const label = labelOf(o);
    if (live.has(label)) return { path: '/overrides', expected: `one live override per label; ${label} has two (the later one should replace the earlier)` };
    live.add(label);
  }
  return undefined;
}
