import type { Family, MoveKind } from '@web/types/api';

export const FAMILY_LABEL: Record<Family, string> = { ask: 'Ask', tell: 'Tell', other: 'Other' };

export const MOVE_LABEL: Record<MoveKind, string> = {
  open_question: 'Open question',
  closed_question: 'Closed question',
  reflection: 'Reflection',
  leading_question: 'Leading question',
  advice: 'Advice',
  directive: 'Directive',
  information: 'Information',
  takeover: 'Takeover',
  affirmation: 'Affirmation',
  other: 'Other',
};

export const OWNERSHIP_LABEL = { keeps: 'you keep it', shares: 'shared', hands_over: 'handed over', none: 'nothing to own' } as const;

/** "move kind" for a judge change written as a raw kind, readable when known. */
export const kindLabel = (kind: string): string => MOVE_LABEL[kind as MoveKind] ?? kind.replace(/_/g, ' ');
