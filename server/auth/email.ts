import { hasControlOrInvisible } from '@core/text/visible-text';

// One spelling per mailbox (issue #7, defect 8): fullwidth letters and other compatibility forms
// fold to their plain form (NFKC), case folds, and control or invisible characters (NUL,
// zero-width space, bidi marks) are refused rather than silently making a look-alike account.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type EmailResult = { ok: true; email: string } | { ok: false; reason: string };

export function normaliseEmail(raw: string): EmailResult {
  // Lower-casing can leave a non-NFKC sequence (İ -> i + combining dot), hence the second pass.
  const email = raw.normalize('NFKC').trim().toLowerCase().normalize('NFKC');
  if (hasControlOrInvisible(email))
    return { ok: false, reason: 'Email addresses cannot contain control or invisible characters.' };
  if (!EMAIL.test(email)) return { ok: false, reason: 'Please enter a valid email address.' };
  return { ok: true, email };
}
