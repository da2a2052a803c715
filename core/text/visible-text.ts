// What counts as text a person can see. Shared by reply and email checks, and pure so the web app
// can use the same rules while the leader types.

/** C0 and C1 controls and DEL, except tab and newline (which replies keep). */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
const STRIPPED_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Characters that render as nothing: format characters (zero-width space and joiners, bidi
 * controls, BOM, soft hyphen), line/paragraph separators, variation selectors, and the blank
 * "filler" letters and braille blank.
 */
const INVISIBLE_CLASS = '[\\p{Cf}\\p{Zl}\\p{Zp}\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}\\u115F\\u1160\\u3164\\uFFA0\\u2800\\u034F\\u180B-\\u180F]';
// eslint-disable-next-line no-misleading-character-class -- the class lists variation selectors and other invisible marks on purpose, one by one
const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'gu');
// eslint-disable-next-line no-misleading-character-class -- as above: invisible marks listed on purpose
const CONTROL_OR_INVISIBLE = new RegExp(`\\p{Cc}|${INVISIBLE_CLASS}`, 'u');

/** Lone UTF-16 surrogates, which JSON escapes (\ud800) can carry but no character is made of. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

/** Drops control characters other than tab and newline; CRLF and lone CR become newlines first. */
export const stripControls = (text: string): string => text.replace(/\r\n?/g, '\n').replace(STRIPPED_CONTROLS, '');

/** True when nothing in `text` would show on screen: only whitespace, controls and invisible characters. */
export const isBlank = (text: string): boolean => text.replace(INVISIBLE_ALL, '').replace(/[\p{Cc}\s]/gu, '') === '';

/** True when `text` holds any control character or character that renders as nothing. */
export const hasControlOrInvisible = (text: string): boolean => CONTROL_OR_INVISIBLE.test(text);
