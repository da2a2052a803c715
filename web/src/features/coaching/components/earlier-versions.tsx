import type { Comment, EarlierVersion, Override } from '@core/review/wire';
import { formatDateTime } from '@web/lib/format';
import { CommentThread } from './comment-thread';
import { labelText } from './labels';

interface EarlierVersionsProps {
  sessionId: string;
  turnIndex: number;
  /** The reply's number as the leader counts them ("reply 2"); `turnIndex` is the transcript's, for the API. */
  reply: number;
  /** The comments and overrides on earlier versions of this reply (each has `earlierVersion`). */
  comments: Comment[];
  overrides: Override[];
  verb: string;
  onChanged(done?: string): void;
}

/** One earlier version of a reply, and what was said and corrected on it. */
interface VersionNotes {
  version: EarlierVersion;
  comments: Comment[];
  overrides: Override[];
}

/** Groups by version (a reply edited twice has two), oldest first. */
function byVersion(comments: Comment[], overrides: Override[]): VersionNotes[] {
  const versions = new Map<string, VersionNotes>();
  const entry = (version: EarlierVersion) => {
    const key = `${version.createdAt}\u0000${version.text}`;
    if (!versions.has(key)) versions.set(key, { version, comments: [], overrides: [] });
    return versions.get(key)!;
  };
  for (const c of comments) entry(c.earlierVersion!).comments.push(c);
  for (const o of overrides) entry(o.earlierVersion!).overrides.push(o);
  return [...versions.values()].sort((a, b) => a.version.createdAt.localeCompare(b.version.createdAt));
}

/**
 * What coaches said on a reply before the leader edited and resent it: kept with the words they were
 * about, never moved onto the new text nor lost. The thread can still be answered; its labels no
 * longer count in the scorecard.
 */
export function EarlierVersions({ sessionId, turnIndex, reply, comments, overrides, verb, onChanged }: EarlierVersionsProps) {
  const groups = byVersion(comments, overrides);
  if (groups.length === 0) return null;
  return (
    <>
      {groups.map(({ version, comments: said, overrides: corrected }) => (
        <section key={version.createdAt + version.text} className="earlier-version" aria-label={`On an earlier version of reply ${reply}`}>
          <p className="earlier-version-head">
            <strong>On an earlier version of reply {reply}</strong>{' '}
            <span className="muted">(replaced {formatDateTime(version.replacedAt)})</span>
          </p>
          <blockquote className="earlier-version-text">{version.text}</blockquote>
          {corrected
            .filter((o) => o.active)
            .map((o) => (
              <p key={o.id} className="override-note">
                <strong>{o.coach.name}</strong> changed {o.target === 'delegation' ? 'delegation' : `move ${(o.moveIndex ?? 0) + 1}`} from {labelText(o.from)} to{' '}
                {labelText(o.to)}. <span className="muted">Reason: {o.reason}. It no longer counts in the scorecard.</span>
              </p>
            ))}
          {said.length > 0 && <CommentThread sessionId={sessionId} turnIndex={turnIndex} reply={reply} comments={said} onChanged={onChanged} verb={verb} allowNew={false} />}
        </section>
      ))}
    </>
  );
}
