import { csvCell, csvLine, fromCsvText, toCsv } from './csv';

describe('CSV cells', () => {
  it('quotes cells with separators, quotes or line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('Dupont, "Le Web" & Fils')).toBe('"Dupont, ""Le Web"" & Fils"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(toCsv(['a', 'b'], [['1', '2,3']])).toBe('a,b\r\n1,"2,3"\r\n');
    expect(csvLine(['x', 3, null])).toBe('x,3,\r\n');
  });

  it('writes a text that a spreadsheet would run as a formula behind a quote, numbers as they are', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+33 1 23 45 67 89')).toBe("'+33 1 23 45 67 89");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('Orange')).toBe('Orange');
  });

  it('reads back what it protected, and leaves any other leading quote alone', () => {
    for (const text of ['=SUM(A1)', '+33 1 23 45 67 89', '-x', '@home', '\tx', 'plain', "'quoted'", "l'été", "'"]) {
      const written = csvCell(text);
      const cell = written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written;
      expect(fromCsvText(cell)).toBe(text);
    }
    expect(fromCsvText("'abc")).toBe("'abc");
  });
});
