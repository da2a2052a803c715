import { DELEGATION_NAMES } from '@core/rubric/moves';

// Readable names for rubric labels: "open_question" -> "Open question", "6" -> "level 6 (inquire)".

export const labelText = (value: string): string => {
  if (value === 'none') return 'no delegation in play';
  if (/^[0-7]$/.test(value)) return `level ${value} (${DELEGATION_NAMES[Number(value)]})`;
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const DELEGATION_VALUES = [...DELEGATION_NAMES.map((_, level) => String(level)), 'none'];
