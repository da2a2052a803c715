import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, parseCsvRecords } from '../../../server/cli/csv-parse';

describe('parseCsv (RFC 4180)', () => {
  it('reads plain and quoted fields, doubled quotes, commas and line breaks inside quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', ''],
    ]);
  });

  it('accepts CRLF, a missing final line break and a byte-order mark', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps empty quoted fields and leading spaces', () => {
    expect(parseCsv('"", x,""')).toEqual([['', ' x', '']]);
  });

  it('rejects malformed quoting with the line number', () => {
    expect(() => parseCsv('a\n"open,b\n')).toThrow(new CsvError('quoted field is never closed', 2));
    expect(() => parseCsv('a"b,c')).toThrow(/line 1: quote inside an unquoted field/);
    expect(() => parseCsv('"a"b,c')).toThrow(/line 1: text after a closing quote/);
  });
});

describe('parseCsvRecords', () => {
  it('keys records by header and skips blank lines', () => {
    expect(parseCsvRecords('text,label\n\n"Hi, you",other\n').records).toEqual([{ text: 'Hi, you', label: 'other' }]);
  });

  it('reports a record with the wrong number of fields at the line it starts on', () => {
    expect(() => parseCsvRecords('text,label\n"multi\nline",ask\nonly one\n')).toThrow(/line 4: record has 1 fields, the header has 2/);
  });

  it('rejects an empty file', () => {
    expect(() => parseCsvRecords('')).toThrow(/empty file/);
  });
});
