/**
 * The .docx writer's last check (Node only): every XML part of the package must parse as XML 1.0, or the
 * file is not written. Word and LibreOffice refuse a document with one bad part ("source file could not be
 * loaded"), and a report that does not open must never replace a good one. The text-cleaning boundary
 * (core/text-clean.ts) keeps forbidden characters out; this proves it for every file written.
 *
 * fflate (already the docx library's zip) reads the package; saxes (a strict, conformant XML 1.0 parser,
 * also used by exceljs) checks each part, characters included.
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export class DocxInvalidError extends Error {
  constructor(
    readonly part: string,
    readonly reason: string,
  ) {
    super(`${part}: ${reason}`);
    this.name = 'DocxInvalidError';
  }
}

/** Throws DocxInvalidError naming the first part that is not well-formed XML. */
export function checkDocxPackage(bytes: Uint8Array): void {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new DocxInvalidError('(zip)', (e as Error).message);
  }
  if (!files['[Content_Types].xml']) throw new DocxInvalidError('[Content_Types].xml', 'missing');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      throw new DocxInvalidError(name, 'not valid UTF-8');
    }
    checkXml(name, text);
  }
}

function checkXml(name: string, text: string): void {
  const parser = new SaxesParser();
  let failure: string | undefined;
  parser.on('error', (e) => {
    failure ??= e.message;
  });
  parser.write(text).close();
  if (failure !== undefined) throw new DocxInvalidError(name, failure);
}
