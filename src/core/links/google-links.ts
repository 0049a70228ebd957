/**
 * Which links are Google Drive files (checked by their sharing, not by fetching) and which Google pages
 * need a sign-in. Drive, Docs, Sheets, Slides and Forms (editor links) carry the file's Drive id; a published
 * form (/forms/d/e/…), a Google Site and a shortened forms.gle link do not, so they are fetched without an
 * account like any page: landing on Google's sign-in page means an assessor could not open them.
 */
import { httpParts } from './url-parts';

export interface DriveTarget {
  id: string;
  folder: boolean;
}

const DOC_PATH =
  /^\/(?:a\/[^/]+\/)?(?:file|document|spreadsheets|presentation|forms|drawings)\/(?:u\/\d+\/)?d\/([-\w]{10,})/;
const FOLDER_PATH = /^\/(?:a\/[^/]+\/)?drive\/(?:u\/\d+\/)?folders\/([-\w]{10,})/;
const ID_QUERY = /[?&]id=([-\w]{10,})/;

/** The Drive file or folder a link points at, or undefined when it is not a Drive-id link. */
export function driveTarget(url: string): DriveTarget | undefined {
  const p = httpParts(url);
  if (!p || (p.host !== 'drive.google.com' && p.host !== 'docs.google.com')) return undefined;
  // A published form's id is not its Drive id; a form's answer page is open to whoever may answer, which is not
  // the form's Drive sharing (that is for its editors): both are fetched like a page.
  if (/^\/forms\/d\/(e\/|[^/]+\/(viewform|formResponse))/.test(p.rest)) return undefined;
  const doc = DOC_PATH.exec(p.rest);
  if (doc) return { id: doc[1], folder: false };
  const folder = FOLDER_PATH.exec(p.rest);
  if (folder) return { id: folder[1], folder: true };
  // drive.google.com/open?id=…, /uc?id=…: a file or a folder; DriveApp is asked for a file first.
  const query = /^\/(?:open|uc|file\/view)\b/.test(p.rest) ? ID_QUERY.exec(p.rest) : null;
  return query ? { id: query[1], folder: false } : undefined;
}

/** Google's sign-in page: where a page shared only inside an organisation sends an anonymous visitor. */
export function isGoogleSignIn(url: string): boolean {
  const p = httpParts(url);
  return p !== undefined && p.host === 'accounts.google.com';
}
