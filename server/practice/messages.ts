import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import type { ServerMessage } from '../../core/transcript/wire';

// The WebSocket protocol of /api/sessions/:id/stream (docs/api.md).

export const MAX_REPLY_CHARS = 4000;

export const ClientMessageSchema = Type.Union([
  Type.Object({ type: Type.Literal('reply'), text: Type.String() }),
  Type.Object({ type: Type.Literal('edit'), text: Type.String() }),
  Type.Object({ type: Type.Literal('retry') }),
  Type.Object({ type: Type.Literal('regenerate') }),
  Type.Object({ type: Type.Literal('stop') }),
]);
export type ClientMessage = Static<typeof ClientMessageSchema>;

const clientMessage = Compile(ClientMessageSchema);

export type { ServerMessage };

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
        type === 'reply' || type === 'edit'
          ? `A${type === 'edit' ? 'n edit' : ' reply'} needs a "text" string.`
          : `Unknown message type ${JSON.stringify(type)}; expected "reply", "edit", "retry", "regenerate" or "stop".`,
    };
  }
  if (data.type === 'reply' || data.type === 'edit') {
    const text = data.text.trim();
    if (text.length === 0) return { ok: false, message: 'Your reply is empty.' };
    if (text.length > MAX_REPLY_CHARS)
      return { ok: false, message: `Your reply is ${text.length} characters; the limit is ${MAX_REPLY_CHARS}.` };
    return { ok: true, message: { type: data.type, text } };
  }
  return { ok: true, message: data };
}
