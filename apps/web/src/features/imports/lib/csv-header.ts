/**
 * The start of a file's bytes as text, as the api decodes files: UTF-16 with a byte-order mark,
 * else UTF-8 (BOM or not), else Windows-1252 (as old Excel writes it). UTF-8 is tried on the first
 * line only, so that a character cut at the end of the bytes read does not pass for Windows-1252.
 */
export function decodeHeader(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const newline = bytes.indexOf(0x0a);
  const line = newline >= 0 ? bytes.subarray(0, newline) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(line);
  } catch {
    return new TextDecoder('windows-1252').decode(line);
  }
}

/**
 * The column headers of a CSV file, from the start of its text: the first record (quoted fields
 * may hold separators and newlines), split on the separator the api would pick (, ; or tab, the
 * one that splits it most, as `detectDelimiter` does). Only to suggest columns in the mapping:
 * the api reads the file itself and says what is wrong with it.
 */
export function readCsvHeader(text: string): string[] {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let inQuote = false;
  let end = text.length;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && (c === '\n' || c === '\r')) {
      if (text.slice(start, i).trim().length > 0) {
        end = i;
        break;
      }
    }
  }
  const line = text.slice(start, end).trim();
  // Not text (a spreadsheet, an archive): nothing to suggest; the api says what is wrong with it.
  if (line.length === 0 || looksBinary(line)) return [];
  const delimiter = detectDelimiter(line);
  const cells: string[] = [];
  let cell = '';
  inQuote = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (inQuote && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else inQuote = !inQuote;
    } else if (!inQuote && c === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells.filter((header, index) => header.length > 0 && cells.indexOf(header) === index);
}

/** NUL, the first control characters, or bytes that are not UTF-8: not the header row of a CSV file. */
function looksBinary(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 9 || c === 0xfffd) return true;
  }
  return false;
}

function detectDelimiter(line: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuote = false;
  for (const c of line) {
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}
