import { parse } from 'csv-parse/sync';
import { BadInputError } from '../common/errors/lifeboat-error';
import { detectDelimiter, MAX_IMPORT_BYTES, resolveColumns, type ImportMapping, type ImportPreset } from './import-file';
import type { ImportField } from '@lifeboat/shared';

/**
 * The longest field an import keeps, in characters. A longer field is cut to this length plus
 * one character where it is stored (its quotes and line breaks kept, so records and line numbers
 * stay the same), and the import job refuses its row: "field X is longer than 10,000 characters".
 */
export const MAX_FIELD_CHARS = 10_000;
/** The stored file is cut into parts of about this many characters (one row of `account_import_part` each). */
export const PART_CHARS = 512 * 1024;
/** The header row (the first record) longer than this is not a CSV header. */
const MAX_HEADER_CHARS = 1024 * 1024;
/** Characters looked at to tell text from binary data, as before. */
const SAMPLE_CHARS = 65_536;

/** The upload is larger than an import accepts: HTTP 413 on `POST /imports/:campaignId`. */
export class UploadTooLargeError extends BadInputError {
  constructor() {
    super(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into several imports.`, [{ field: 'input.csv', reason: 'too large' }]);
  }
}

export const notCsv = (reason: string) => new BadInputError(`This file is not a CSV list of accounts: ${reason}.`, [{ field: 'input.csv', reason }]);

export interface ReadUpload {
  delimiter: ',' | ';' | '\t';
  headers: string[];
  columns: Partial<Record<ImportField, number>>;
  /** Records after the header (empty lines excluded). */
  totalRows: number;
  /** Bytes stored (UTF-8, the sum of the parts). */
  bytes: number;
  /** Where the first data record starts (bytes) and its line number. */
  dataOffset: number;
  dataLine: number;
  /** Fields cut at MAX_FIELD_CHARS (their rows are refused by the job). */
  cutFields: number;
}

/** One stored piece of the file: `start` is its byte offset in the whole (UTF-8) file. */
export interface FilePart {
  seq: number;
  start: number;
  bytes: number;
  text: string;
}

type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Reads an upload as it arrives, with memory bounded by a part (never the whole file): bytes are
 * decoded piece by piece (UTF-8 with or without a BOM; UTF-16 with a BOM; otherwise Windows-1252,
 * as old Excel writes it), checked (text, not binary; a header with the mapped columns, read as
 * soon as it has arrived; every quote closed), records and lines counted, over-long fields cut,
 * and the text handed to `store` in parts of about PART_CHARS characters. Awaiting `write`
 * before reading more is the backpressure.
 */
export class UploadReader {
  private readonly headBytes: Buffer[] = [];
  private headLength = 0;
  private encoding: Encoding | null = null;
  private decoder: TextDecoder | null = null;
  private carry: Buffer = Buffer.alloc(0);
  private sawNonAscii = false;
  private inputBytes = 0;

  // Text not yet scanned until the binary check has its sample.
  private sample: string | null = '';

  // The scanner (the same rules as before: a quote toggles, records end at a newline outside quotes).
  private inQuote = false;
  private content = false;
  private lines = 1;
  private records = 0;
  private header: string | null = null;
  private headerText = '';
  private delimiter: ',' | ';' | '\t' | null = null;
  private fieldChars = 0;
  private cutting = false;
  private cutFields = 0;
  private headerLines = 1;
  private headerBytes = 0;

  // Output.
  private pending: string[] = [];
  private pendingChars = 0;
  private seq = 0;
  private storedBytes = 0;
  private result: Omit<ReadUpload, 'totalRows' | 'bytes' | 'cutFields'> | null = null;

  constructor(
    private readonly mapping: ImportMapping | null,
    private readonly preset: ImportPreset | null,
    private readonly store: (part: FilePart) => Promise<void>,
  ) {}

  /** The file's bytes, in order. */
  async write(bytes: Buffer): Promise<void> {
    this.inputBytes += bytes.length;
    if (this.inputBytes > MAX_IMPORT_BYTES) throw new UploadTooLargeError();
    if (this.encoding === null) {
      this.headBytes.push(bytes);
      this.headLength += bytes.length;
      if (this.headLength < 3) return;
      const head = Buffer.concat(this.headBytes);
      this.headBytes.length = 0;
      this.chooseEncoding(head);
      await this.text(this.decode(head, false));
      return;
    }
    await this.text(this.decode(bytes, false));
  }

  /** The file as text (the `csv` of the mutation). */
  async writeText(text: string): Promise<void> {
    this.encoding = 'utf-8';
    for (let i = 0; i < text.length; i += PART_CHARS) await this.text(text.slice(i, i + PART_CHARS));
  }

  async end(): Promise<ReadUpload> {
    if (this.encoding === null) {
      const head = Buffer.concat(this.headBytes);
      this.chooseEncoding(head);
      await this.text(this.decode(head, true));
    } else if (this.decoder || this.carry.length > 0) {
      await this.text(this.decode(Buffer.alloc(0), true));
    }
    if (this.sample !== null) await this.startScanning();
    if (this.inQuote) throw notCsv('a quoted field is never closed');
    if (this.content) {
      this.records++;
      if (this.header === null) {
        this.headerLines = this.lines;
        this.readHeader();
        this.emit(this.headerText);
      }
    }
    if (this.header === null) throw notCsv('it is empty');
    await this.flush(true);
    if (!this.result) throw notCsv('it is empty');
    return { ...this.result, totalRows: Math.max(this.records - 1, 0), bytes: this.storedBytes, cutFields: this.cutFields };
  }

  private chooseEncoding(head: Buffer): void {
    if (head[0] === 0xff && head[1] === 0xfe) {
      this.encoding = 'utf-16le';
      this.decoder = new TextDecoder('utf-16le', { ignoreBOM: false });
    } else if (head[0] === 0xfe && head[1] === 0xff) {
      this.encoding = 'utf-16be';
      this.decoder = new TextDecoder('utf-16be', { ignoreBOM: false });
    } else {
      this.encoding = 'utf-8';
    }
  }

  /** Decodes a piece; UTF-8 is decoded on whole characters (an incomplete one waits for the next piece). */
  private decode(bytes: Buffer, last: boolean): string {
    if (this.decoder) return this.decoder.decode(bytes, { stream: !last });
    let piece = this.carry.length > 0 ? Buffer.concat([this.carry, bytes]) : bytes;
    this.carry = Buffer.alloc(0);
    if (this.encoding === 'windows-1252') return new TextDecoder('windows-1252').decode(piece);
    if (!last) {
      const cut = completeUtf8(piece);
      if (cut < piece.length) {
        this.carry = Buffer.from(piece.subarray(cut));
        piece = piece.subarray(0, cut);
      }
    }
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(piece);
      if (!this.sawNonAscii && hasNonAscii(text)) this.sawNonAscii = true;
      return text;
    } catch {
      // Not UTF-8: Windows-1252, as old Excel writes it. What came before was plain ASCII, the same in both.
      if (this.sawNonAscii) {
        throw new BadInputError(
          `The file mixes UTF-8 and another encoding (invalid UTF-8 after byte ${this.inputBytes - bytes.length}): save it as CSV UTF-8.`,
          [{ field: 'input.csv', reason: 'mixed encodings' }],
        );
      }
      this.encoding = 'windows-1252';
      return new TextDecoder('windows-1252').decode(piece);
    }
  }

  private async text(text: string): Promise<void> {
    if (text.length === 0) return;
    if (this.sample !== null) {
      this.sample += text;
      if (this.sample.length >= SAMPLE_CHARS) await this.startScanning();
      return;
    }
    await this.scan(text);
  }

  private async startScanning(): Promise<void> {
    let text = this.sample ?? '';
    this.sample = null;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (looksBinary(text)) throw notCsv('it holds binary data, not text (export it as CSV, UTF-8)');
    await this.scan(text);
  }

  /** Counts records (quoted fields may hold newlines), reads the header once complete, cuts over-long fields. */
  private async scan(text: string): Promise<void> {
    let keptFrom = 0;
    const out: string[] = [];
    let delimiter = this.delimiter ? this.delimiter.charCodeAt(0) : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.cutting) {
        // Inside a field past MAX_FIELD_CHARS: only its quotes, its line breaks (\r and \n) and what ends it are kept.
        if (c === 34 /* " */) {
          this.inQuote = !this.inQuote;
          out.push('"');
        } else if (c === 13 /* \r */) {
          out.push('\r');
        } else if (c === 10 /* \n */) {
          this.lines++;
          out.push('\n');
          if (!this.inQuote) {
            this.cutting = false;
            keptFrom = i + 1;
            this.records++;
            this.content = false;
            this.fieldChars = 0;
          }
        } else if (c === delimiter && !this.inQuote) {
          this.cutting = false;
          this.fieldChars = 0;
          keptFrom = i;
        }
        continue;
      }
      if (c === 34 /* " */) {
        this.inQuote = !this.inQuote;
        this.content = true;
      } else if (c === 10 /* \n */) {
        this.lines++;
        if (this.inQuote) {
          this.fieldChars++;
        } else {
          if (this.content) {
            this.records++;
            if (this.header === null) {
              this.headerText += text.slice(keptFrom, i + 1);
              keptFrom = i + 1;
              this.headerLines = this.lines;
              this.readHeader();
              out.push(this.headerText);
              delimiter = (this.delimiter as string).charCodeAt(0);
            }
          }
          this.content = false;
          this.fieldChars = 0;
        }
      } else {
        if (c !== 13 && c !== 32 && c !== 9) this.content = true;
        if (delimiter >= 0) {
          if (c === delimiter && !this.inQuote) this.fieldChars = 0;
          else if (++this.fieldChars > MAX_FIELD_CHARS) {
            // This character is kept (the stored field is longer than the limit, and its row refused); the rest is dropped.
            out.push(text.slice(keptFrom, i + 1));
            this.cutting = true;
            this.cutFields++;
          }
        }
      }
    }
    if (!this.cutting) {
      if (this.header === null) {
        this.headerText += text.slice(keptFrom);
        if (this.headerText.length > MAX_HEADER_CHARS) throw notCsv(`its first row is longer than ${MAX_HEADER_CHARS / 1024 / 1024} MB, which is no header row`);
        return;
      }
      out.push(text.slice(keptFrom));
    }
    for (const piece of out) this.emit(piece);
    await this.flush(false);
  }

  /** The header row has arrived: the separator, the columns of the mapping (refused now if one is missing). */
  private readHeader(): void {
    const headerText = this.headerText;
    const delimiter = detectDelimiter(headerText);
    let headerRecords: string[][];
    try {
      headerRecords = parse(headerText, { delimiter, relax_column_count: true, skip_empty_lines: true, to: 1, trim: true }) as string[][];
    } catch (error) {
      throw notCsv(`its header row cannot be read (${(error as Error).message})`);
    }
    const headers = headerRecords[0] ?? [];
    const columns = resolveColumns(headers, this.mapping, this.preset);
    this.header = headerText;
    this.delimiter = delimiter;
    this.headerBytes = Buffer.byteLength(headerText, 'utf8');
    this.result = { delimiter, headers, columns, dataOffset: this.headerBytes, dataLine: this.headerLines };
  }

  private emit(piece: string): void {
    if (piece.length === 0) return;
    this.pending.push(piece);
    this.pendingChars += piece.length;
  }

  /** Stores whole parts (the last one too at the end); a part never ends inside a surrogate pair. */
  private async flush(final: boolean): Promise<void> {
    if (this.header === null && !final) return;
    while (this.pendingChars >= PART_CHARS || (final && this.pendingChars > 0)) {
      let text = this.pending.join('');
      this.pending = [];
      this.pendingChars = 0;
      let rest = '';
      if (text.length > PART_CHARS) {
        let cut = PART_CHARS;
        const code = text.charCodeAt(cut - 1);
        if (code >= 0xd800 && code <= 0xdbff) cut--;
        rest = text.slice(cut);
        text = text.slice(0, cut);
      }
      const bytes = Buffer.byteLength(text, 'utf8');
      if (this.storedBytes + bytes > MAX_IMPORT_BYTES) throw new UploadTooLargeError();
      await this.store({ seq: this.seq++, start: this.storedBytes, bytes, text });
      this.storedBytes += bytes;
      if (rest) {
        this.pending.push(rest);
        this.pendingChars = rest.length;
      }
    }
  }
}

/** How many bytes of `piece` end on a whole UTF-8 character (an incomplete last one waits). */
function completeUtf8(piece: Buffer): number {
  const n = piece.length;
  for (let back = 1; back <= 4 && back <= n; back++) {
    const b = piece[n - back];
    if (b < 0x80) return n; // ASCII: complete
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
  }
  return n;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > sample.length / 100;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}
