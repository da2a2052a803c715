import { describe, expect, it } from 'vitest';
import { CsvError, parseCsvRecords } from '@server/cli/csv-records';

describe('parseCsvRecords (RFC 4180 through csv-parse)', () => {
  it('reads plain and quoted fields, doubled quotes, commas and line breaks inside quotes', () => {
    expect(parseCsvRecords('a,b\n"x, y","say ""hi"""\n"two\nlines",\n').records).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: 'two\nlines', b: '' },
    ]);
  });

  it('accepts CRLF, a missing final line break and a byte-order mark, and trims header names', () => {
    expect(parseCsvRecords('\ufeff a ,b\r\n1,2')).toEqual({ header: ['a', 'b'], records: [{ a: '1', b: '2' }] });
  });

  it('keeps empty quoted fields and leading spaces in values', () => {
    expect(parseCsvRecords('a,b,c\n"", x,""\n').records).toEqual([{ a: '', b: ' x', c: '' }]);
  });

  it('keys records by header and skips blank lines', () => {
    expect(parseCsvRecords('text,label\n\n"Hi, you",other\n').records).toEqual([{ text: 'Hi, you', label: 'other' }]);
  });

  it('rejects malformed quoting with the line number', () => {
    expect(() => parseCsvRecords('a\n"open,b\n')).toThrow(CsvError);
    expect(() => parseCsvRecords('a\n"open,b\n')).toThrow(/Quote Not Closed.*line \d/);
    expect(() => parseCsvRecords('a"b,c')).toThrow(/Invalid Opening Quote.*line 1/);
    expect(() => parseCsvRecords('"a"b,c')).toThrow(/Invalid Closing Quote.*line 1/);
  });

  it('reports a record with the wrong number of fields at its line', () => {
    expect(() => parseCsvRecords('text,label\n"multi\nline",ask\nonly one\n')).toThrow(/expect 2, got 1 on line 4/);
  });

  it('rejects an empty file', () => {
    expect(() => parseCsvRecords('')).toThrow(new CsvError('empty file, expected a header row'));
  });
});
