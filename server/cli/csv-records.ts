import { CsvError as ParseError, parse } from 'csv-parse/sync';

// Labelled CSV files (RFC 4180, read by csv-parse): a header row, then one record per row. A UTF-8
// byte-order mark is dropped and blank lines are skipped; malformed quoting or a record whose field
// count differs from the header's throws CsvError with the line number, rather than guessing.

export class CsvError extends Error {
  override name = 'CsvError';
}

/** Rows as objects keyed by the header row; every record must have as many fields as the header. */
export function parseCsvRecords(input: string): { header: string[]; records: Record<string, string>[] } {
  let rows: string[][];
  try {
    rows = parse(input, { bom: true, skip_empty_lines: true });
  } catch (err) {
    if (err instanceof ParseError) throw new CsvError(err.message);
    throw err;
  }
  if (rows.length === 0) throw new CsvError('empty file, expected a header row');
  const header = rows[0].map((h) => h.trim());
  const records = rows.slice(1).map((fields) => Object.fromEntries(header.map((h, k) => [h, fields[k]])));
  return { header, records };
}
