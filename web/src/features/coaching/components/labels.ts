import { delegationInWords, moveLabel } from '@core/rubric/labels';
import { DELEGATION_NAMES } from '@core/rubric/moves';
import type { DelegationLevel } from '@core/rubric/types';

// A review label ("open_question", "6", "none") in the rubric's own words (core/rubric/labels), as
// the scorecard says it: "Open question", "level 6 (inquire)", "no decision in play".

export const labelText = (value: string): string =>
  value === 'none' ? delegationInWords('none') : /^[0-7]$/.test(value) ? delegationInWords(Number(value) as DelegationLevel) : moveLabel(value);

export const DELEGATION_VALUES = [...DELEGATION_NAMES.map((_, level) => String(level)), 'none'];
