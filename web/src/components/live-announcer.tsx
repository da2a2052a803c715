import { useEffect, useState } from 'react';

export interface Announcement {
  /** Changes with every announcement, so the same words said twice are heard twice. */
  id: number;
  text: string;
}

/**
 * Long enough for a screen reader to have queued the words; then they go, so a user reading the
 * page line by line does not meet a hidden copy of the last reply (react-aria's announcer does the same).
 */
const CLEAR_AFTER_MS = 7000;

/**
 * The one polite live region of a screen: whole messages only ("Marcus is replying", the finished
 * reply, the coaching note), never text that is still streaming, which would be read word by word.
 */
export function LiveAnnouncer({ announcement }: { announcement: Announcement | null }) {
  const [clearedId, setClearedId] = useState<number | null>(null);
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setClearedId(announcement.id), CLEAR_AFTER_MS);
    return () => clearTimeout(timer);
  }, [announcement]);
  const current = announcement && announcement.id !== clearedId ? announcement : null;
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {current && <p key={current.id}>{current.text}</p>}
    </div>
  );
}
