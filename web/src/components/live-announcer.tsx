export interface Announcement {
  /** Changes with every announcement, so the same words said twice are heard twice. */
  id: number;
  text: string;
}

/**
 * The one polite live region of a screen: whole messages only ("Marcus is replying", the finished
 * reply, the coaching note), never text that is still streaming, which would be read word by word.
 */
export function LiveAnnouncer({ announcement }: { announcement: Announcement | null }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement && <p key={announcement.id}>{announcement.text}</p>}
    </div>
  );
}
