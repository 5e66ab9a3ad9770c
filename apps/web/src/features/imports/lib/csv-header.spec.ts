import { decodeHeader, readCsvHeader } from './csv-header';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readCsvHeader', () => {
  it('splits the first record on the separator that splits it most, quotes and all', () => {
    expect(readCsvHeader('Account Name,Account ID,Billing Country\r\nOpodo,1,FR\r\n')).toEqual(['Account Name', 'Account ID', 'Billing Country']);
    expect(readCsvHeader('\uFEFFRaison sociale;"Dépense, mensuelle";Pays\nDupont;12 500,00;FR')).toEqual([
      'Raison sociale',
      'Dépense, mensuelle',
      'Pays',
    ]);
    expect(readCsvHeader('name\tcountries\n')).toEqual(['name', 'countries']);
    expect(readCsvHeader('\n\n"The ""big"" one",x\n')).toEqual(['The "big" one', 'x']);
  });

  it('finds nothing in an empty file or one that is not text', () => {
    expect(readCsvHeader('')).toEqual([]);
    expect(readCsvHeader('PK\u0003\u0004\u0000\u0000')).toEqual([]);
  });
});

describe('decodeHeader', () => {
  it('reads UTF-8 with or without a BOM, Windows-1252 and UTF-16 as the api does', () => {
    expect(decodeHeader(utf8('Société;Pays\nDupont;FR'))).toBe('Société;Pays');
    expect(decodeHeader(utf8('\uFEFFSociété;Pays\n'))).toBe('Société;Pays');
    // "Société;Pays" as old Excel writes it.
    expect(decodeHeader(bytes(0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9, 0x3b, 0x50, 0x61, 0x79, 0x73, 0x0a, 0xe9))).toBe('Société;Pays');
    expect(decodeHeader(bytes(0xff, 0xfe, 0x50, 0x00, 0x61, 0x00, 0x79, 0x00, 0x73, 0x00))).toBe('Pays');
    // A character cut at the end of the bytes read is not taken for Windows-1252.
    expect(decodeHeader(new Uint8Array([...utf8('Pays\nSocié'), 0xc3]))).toBe('Pays');
  });
});
