import { useMemo, useState } from 'react';
import { Banner } from '@web/components/banner';
import { errorMessage } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/document-title';
import { MAX_TRANSCRIPT_BYTES, TranscriptError, UNNAMED_SPEAKER } from '@core/transcript/import-types';
import { parseTranscript } from '@core/transcript/parse-transcript';
import { importConversation } from '../api/imports-api';
import { SpeakerPicker } from './speaker-picker';

// "Score a real conversation": the transcript is parsed in the browser (the same core parser the
// server runs) so the speakers can be listed before anything is sent; the server parses it again.

export function ImportView({ onImported }: { onImported(id: string): void }) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | undefined>();
  const [leader, setLeader] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  useDocumentTitle('Score a real conversation');

  const parsed = useMemo(() => {
    if (!text.trim()) return null;
    try {
      return { ok: true as const, value: parseTranscript(text, { fileName }) };
    } catch (e) {
      return { ok: false as const, message: e instanceof TranscriptError ? e.message : String(e) };
    }
  }, [text, fileName]);
  const transcript = parsed?.ok ? parsed.value : null;
  const fromAskwell = Boolean(transcript?.session);
  const waitingFor = !transcript ? 'Upload or paste a transcript to score it.' : !fromAskwell && !leader ? 'Choose which speaker is the leader to score it.' : null;

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setLeader(null);
    if (file.size > MAX_TRANSCRIPT_BYTES + 3) return setError(`${file.name} is larger than 5 MB.`);
    setFileName(file.name);
    setText(await file.text());
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!transcript || waitingFor || sending) return;
    setSending(true);
    setError(null);
    try {
      const { id } = await importConversation({ text, format: transcript.format, leader: leader ?? undefined, fileName });
      onImported(id);
    } catch (e) {
      setError(errorMessage(e));
      setSending(false);
    }
  };

  return (
    <form className="import" onSubmit={submit} aria-labelledby="import-title">
      <div className="page-head">
        <h1 id="import-title">Score a real conversation</h1>
        <p className="muted">
          Upload a meeting transcript (Teams or Zoom <code>.vtt</code>, <code>.srt</code>, <code>Name: text</code> lines, or an Askwell
          export) or paste it below. Your replies get the same moves, evidence and scorecard as a practice session.
        </p>
      </div>
      <div className="card import-source">
        <label className="file-pick">
          <span className="focus-label">Transcript file</span>
          <input type="file" accept=".vtt,.srt,.txt,.json,text/vtt,text/plain,application/json" onChange={(e) => pickFile(e.target.files?.[0])} />
        </label>
        <label className="paste">
          <span className="focus-label">…or paste it</span>
          <textarea
            value={text}
            rows={8}
            placeholder={'Sam: What is on your mind this week?\nJo: The onboarding doc is out of date.'}
            onChange={(e) => {
              setText(e.target.value);
              setFileName(undefined);
              setLeader(null);
            }}
          />
        </label>
      </div>
      {parsed && !parsed.ok && <Banner>This transcript cannot be read: {parsed.message}</Banner>}
      {transcript && (
        <p className="muted import-summary" role="status">
          {transcript.turns.length} turns from {transcript.speakers.length} {transcript.speakers.length === 1 ? 'speaker' : 'speakers'} ({transcript.format})
        </p>
      )}
      {transcript?.speakers.some((sp) => sp.name === UNNAMED_SPEAKER) && (
        <Banner tone="info">
          Some captions name no speaker, so they are kept as “{UNNAMED_SPEAKER}” and never merged. For a fair score, export the transcript with
          speaker names (in Teams and Zoom, the .vtt download includes them).
        </Banner>
      )}
      {transcript && !fromAskwell && <SpeakerPicker speakers={transcript.speakers} value={leader} onChange={setLeader} />}
      {error && <Banner onDismiss={() => setError(null)}>{error}</Banner>}
      <div className="page-actions">
        {/* Disabled says "not yet" without saying why: the reason is written next to it and read with it. */}
        <button type="submit" className="btn btn-primary" disabled={Boolean(waitingFor)} aria-disabled={sending} aria-describedby={waitingFor ? 'import-waiting' : undefined}>
          {sending ? 'Scoring…' : 'Score this conversation'}
        </button>
        {waitingFor && (
          <p id="import-waiting" className="muted import-waiting">
            {waitingFor}
          </p>
        )}
      </div>
    </form>
  );
}
