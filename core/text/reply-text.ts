import { MAX_REPLY_CHARS } from '../transcript/limits';
import { hasLoneSurrogate, isBlank, stripControls } from './visible-text';

// The rules a leader's reply must meet before it is stored (docs/api.md, docs/security.md).

export type ReplyTextResult = { ok: true; text: string } | { ok: false; reason: string };

/** Cleans a reply (controls stripped, trimmed) or says, in words fit for the user, why it cannot be stored. */
export function cleanReplyText(raw: string): ReplyTextResult {
  if (hasLoneSurrogate(raw))
    return { ok: false, reason: 'Your reply contains a broken character (a lone UTF-16 surrogate); please retype it.' };
  const text = stripControls(raw).trim();
  if (text.length === 0 || isBlank(text)) return { ok: false, reason: 'Your reply is empty: it has no visible characters.' };
  if (text.length > MAX_REPLY_CHARS)
    return { ok: false, reason: `Your reply is ${text.length} characters; the limit is ${MAX_REPLY_CHARS}.` };
  return { ok: true, text };
}
