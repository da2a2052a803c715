import type { Family } from '@web/types/api';

// Move names and unknown kinds come from core/rubric/labels (one table for screen and scorecard).
// Only what the practice screen says in its own, shorter words lives here.

/** The chip's one-word family ("Other" where the scorecard says "Neither ask nor tell"). */
export const FAMILY_LABEL: Record<Family, string> = { ask: 'Ask', tell: 'Tell', other: 'Other' };

export const OWNERSHIP_LABEL = { keeps: 'you keep it', shares: 'shared', hands_over: 'handed over', none: 'nothing to own' } as const;
