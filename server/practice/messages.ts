import { Compile } from 'typebox/compile';
import { MAX_REPLY_CHARS } from '../../core/transcript/limits';
import { ClientMessageSchema, type ClientMessage, type ServerMessage } from '../../core/transcript/wire';

// The WebSocket protocol of /api/sessions/:id/stream (docs/api.md); its shapes are in core.

const clientMessage = Compile(ClientMessageSchema);

export type { ClientMessage, ServerMessage };

export type ParsedMessage = { ok: true; message: ClientMessage } | { ok: false; message: string };

/** Parses one text frame; every failure carries a message fit to show the user. */
export function parseClientMessage(raw: string): ParsedMessage {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'Messages must be JSON.' };
  }
  if (!clientMessage.Check(data)) {
    const type = (data as { type?: unknown } | null)?.type;
    return {
      ok: false,
      message:
        type === 'reply'
          ? 'A reply needs a "text" string.'
          : `Unknown message type ${JSON.stringify(type)}; expected "reply" or "retry".`,
    };
  }
  if (data.type === 'reply') {
    const text = data.text.trim();
    if (text.length === 0) return { ok: false, message: 'Your reply is empty.' };
    if (text.length > MAX_REPLY_CHARS)
      return { ok: false, message: `Your reply is ${text.length} characters; the limit is ${MAX_REPLY_CHARS}.` };
    return { ok: true, message: { type: 'reply', text } };
  }
  return { ok: true, message: data };
}
