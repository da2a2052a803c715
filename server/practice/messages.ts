import { Compile } from 'typebox/compile';
import { cleanReplyText } from '@core/text/reply-text';
import { ClientMessageSchema, type ClientMessage, type ServerMessage } from '@core/transcript/wire';
import { describeValue, readFrame, type Frame } from './frame-guard';

// The WebSocket protocol of /api/sessions/:id/stream (docs/api.md); its shapes are in core.

const clientMessage = Compile(ClientMessageSchema);

export type { ClientMessage, ServerMessage };

export type ParsedMessage = { ok: true; message: ClientMessage } | { ok: false; message: string };

/** Checks one frame and the message in it; every failure carries a short message fit to show the user. */
export function parseClientMessage(data: Frame, isBinary = false): ParsedMessage {
  const frame = readFrame(data, isBinary);
  if (!frame.ok) return frame;
  const value = frame.value;
  if (!clientMessage.Check(value)) {
    const type = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { type?: unknown }).type : undefined;
    return {
      ok: false,
      message:
        type === 'reply' || type === 'edit'
          ? `A${type === 'edit' ? 'n edit' : ' reply'} needs a "text" string.`
          : `Unknown message type ${describeValue(type)}; expected "reply", "edit", "retry", "regenerate" or "stop".`,
    };
  }
  if (value.type === 'reply' || value.type === 'edit') {
    const text = cleanReplyText(value.text);
    return text.ok ? { ok: true, message: { type: value.type, text: text.text } } : { ok: false, message: text.reason };
  }
  return { ok: true, message: { type: value.type } };
}
