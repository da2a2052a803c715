// Drafts per session in local storage, kept until sent: a reload, a second tab or a `busy` refusal loses nothing.

const key = (sessionId: string) => `askwell:draft:${sessionId}`;

export function loadDraft(sessionId: string): string {
  try {
    return localStorage.getItem(key(sessionId)) ?? '';
  } catch {
    return ''; // Storage blocked (private mode, quota): drafts live in memory only.
  }
}

export function saveDraft(sessionId: string, text: string): void {
  try {
    if (text) localStorage.setItem(key(sessionId), text);
    else localStorage.removeItem(key(sessionId));
  } catch {
    // As above: nothing to do.
  }
}
