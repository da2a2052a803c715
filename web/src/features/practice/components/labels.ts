import { MOVE_LABEL } from '@core/rubric/labels';
import type { Family, MoveKind } from '@web/types/api';

export const FAMILY_LABEL: Record<Family, string> = { ask: 'Ask', tell: 'Tell', other: 'Other' };

// Move names come from the rubric's own table, so the screen and the scorecard say the same.
export { MOVE_LABEL };

export const OWNERSHIP_LABEL = { keeps: 'you keep it', shares: 'shared', hands_over: 'handed over', none: 'nothing to own' } as const;

/** "move kind" for a judge change written as a raw kind, readable when known. */
export const kindLabel = (kind: string): string => MOVE_LABEL[kind as MoveKind] ?? kind.replace(/_/g, ' ');
