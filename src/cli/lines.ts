import {StringDecoder} from 'node:string_decoder';

/** One line of a line-delimited input; `tooLong` lines had their text dropped, not buffered. */
export interface Line {
  text: string;
  line: number;
  tooLong: boolean;
}

/**
 * Split a byte stream into lines (LF or CRLF), decoding UTF-8 (bad bytes become U+FFFD) and
 * never holding more than `maxLength` characters of one line: longer lines are reported with
 * `tooLong` and their text skipped. Blank lines are counted, not yielded. A byte order mark
 * at the start is dropped. A stream that fails
 * midway (a truncated .gz) throws after the complete lines before the failure.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxLength: number): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  let line = 0;

  const append = (piece: string) => {
    if (tooLong || !piece) return;
    if (length + piece.length > maxLength) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
    length += piece.length;
  };
  const take = (): Line | undefined => {
    line++;
    let text = parts.length === 1 ? parts[0]! : parts.join('');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    const result = tooLong ? {text: '', line, tooLong} : text.trim() ? {text, line, tooLong} : undefined;
    parts = [];
    length = 0;
    tooLong = false;
    return result;
  };

  let first = true;
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text) {
      // a UTF-8 byte order mark (Windows tools write one) is no part of the first record
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      append(text.slice(start, newline));
      start = newline + 1;
      const next = take();
      if (next) yield next;
    }
    append(text.slice(start));
  }
  append(decoder.end());
  if (length || tooLong) {
    const last = take();
    if (last) yield last;
  }
}
