/** Google Drive ids from what staff paste into the config sheet: a link or a bare id. */

/** A Drive folder id from a folder URL (…/folders/<id>, …?id=<id>) or a bare id; undefined when none. */
export function folderIdFrom(text: string): string | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  const fromPath = /\/folders\/([-\w]{10,})/.exec(s);
  if (fromPath) return fromPath[1];
  const fromQuery = /[?&]id=([-\w]{10,})/.exec(s);
  if (fromQuery) return fromQuery[1];
  return /^[-\w]{10,}$/.test(s) ? s : undefined;
}

/** A Google Doc id from its URL (…/document/d/<id>/…) or a bare id; undefined when none. */
export function documentIdFrom(text: string): string | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  const fromPath = /\/document\/d\/([-\w]{10,})/.exec(s);
  if (fromPath) return fromPath[1];
  return /^[-\w]{20,}$/.test(s) ? s : undefined;
}
