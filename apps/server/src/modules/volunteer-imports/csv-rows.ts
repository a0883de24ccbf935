const UTF8_BOM = '\ufeff';
// Characters no roster holds; a "CSV" full of them is a binary file with the wrong name.
const BINARY_CHARACTERS = /(?![\t\n\r])\p{Cc}/u;

/**
 * The text of a CSV file, or null when it is not text. UTF-8 (with or without BOM) is tried first; a file that is
 * not valid UTF-8 is read as GB18030, which is what Excel on a Chinese Windows writes when it saves "CSV".
 */
export function decodeCsv(buffer: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(buffer);
    } catch {
      return null;
    }
  }
  if (text.startsWith(UTF8_BOM)) text = text.slice(1);
  return BINARY_CHARACTERS.test(text) ? null : text;
}

/**
 * The records of a CSV text (RFC 4180): comma-separated fields, double quotes around fields that hold commas,
 * quotes or line breaks, `""` for a quote inside quotes, records ended by CRLF, LF or a lone CR. A blank line is
 * yielded as one empty field, so record numbers stay the row numbers a spreadsheet program shows.
 */
export function* parseCsv(text: string): Generator<string[]> {
  const length = text.length;
  let position = 0;
  while (position < length) {
    const record: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let field = '';
      if (text.charCodeAt(position) === 34 /* " */) {
        position++;
        for (;;) {
          const quote = text.indexOf('"', position);
          // An unterminated quote runs to the end of the file, as spreadsheet programs read it.
          if (quote === -1) {
            field += text.slice(position);
            position = length;
            break;
          }
          field += text.slice(position, quote);
          position = quote + 1;
          if (text.charCodeAt(position) !== 34) break;
          field += '"';
          position++;
        }
        // Anything between the closing quote and the next separator is kept, as Excel does.
        const end = nextSeparator(text, position);
        field += text.slice(position, end);
        position = end;
      } else {
        const end = nextSeparator(text, position);
        field = text.slice(position, end);
        position = end;
      }
      record.push(field);
      const separator = text.charCodeAt(position);
      if (separator === 44 /* , */) {
        position++;
        // A comma at the very end of the text still ends with an empty last field.
        if (position === length) record.push('');
      } else {
        endOfRecord = true;
        if (separator === 13 /* \r */) position += text.charCodeAt(position + 1) === 10 ? 2 : 1;
        else if (separator === 10 /* \n */) position++;
      }
    }
    yield record;
  }
}

/** The index of the next comma or line break at or after `from`, or the text's length. */
function nextSeparator(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 10 || code === 13) return i;
  }
  return text.length;
}
