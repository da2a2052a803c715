const FORMATS = [
  { format: 'md', label: 'Markdown', what: 'the transcript with each reply’s moves' },
  { format: 'json', label: 'JSON', what: 'the whole session, to import again' },
  { format: 'csv', label: 'CSV', what: 'one row per turn, for a spreadsheet' },
] as const;

/** Downloads of a session (GET /api/sessions/:id/export); the browser sends the session cookie. */
export function DownloadLinks({ sessionId }: { sessionId: string }) {
  const base = `/api/sessions/${encodeURIComponent(sessionId)}/export?format=`;
  return (
    <p className="download-links">
      <span className="focus-label">Download</span>
      {FORMATS.map((f) => (
        <a key={f.format} className="btn btn-small" href={`${base}${f.format}`} download title={f.what}>
          {f.label}
        </a>
      ))}
    </p>
  );
}
