// A small RFC 4180 CSV reader: comma-separated fields, double-quoted fields may hold commas, line
// breaks and doubled quotes (""), records end with CRLF or LF. A UTF-8 byte-order mark is dropped.
// Malformed input (a quote inside an unquoted field, text after a closing quote, an unclosed quote)
// throws CsvError with the line number, rather than guessing.

export class CsvError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

export function parseCsv(input: string): string[][] {
  return readRows(input).map((r) => r.fields);
}

interface Row {
  fields: string[];
  /** Line on which the record starts (1-based). */
  line: number;
}

function readRows(input: string): Row[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: Row[] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRecord = () => {
    row.push(field);
    rows.push({ fields: row, line: rowLine });
    row = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      if (field !== '') throw new CsvError('quote inside an unquoted field', line);
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvError('quoted field is never closed', startLine);
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvError('text after a closing quote', line);
      }
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') {
      endRecord();
      line++;
      rowLine = line;
      i++;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || row.length > 0) endRecord();
  return rows;
}

/** Rows as objects keyed by the header row; every record must have as many fields as the header. */
export function parseCsvRecords(input: string): { header: string[]; records: Record<string, string>[] } {
  // Blank lines carry no record (a one-column file cannot tell them from empty values; none is expected here).
  const rows = readRows(input).filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  if (rows.length === 0) throw new CsvError('empty file, expected a header row', 1);
  const header = rows[0].fields.map((h) => h.trim());
  const records = rows.slice(1).map(({ fields, line }) => {
    if (fields.length !== header.length) {
      throw new CsvError(`record has ${fields.length} fields, the header has ${header.length}`, line);
    }
    return Object.fromEntries(header.map((h, k) => [h, fields[k]]));
  });
  return { header, records };
}
