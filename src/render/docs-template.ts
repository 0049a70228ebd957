/**
 * A report written into a copy of a template Doc (which holds the page number the Docs API cannot insert)
 * starts from the copy's body, so the body must be empty for the request builder's indexes to hold.
 */

/** The parts of a Docs StructuralElement this reads (Apps Script's and googleapis' types both fit). */
interface BodyElement {
  sectionBreak?: unknown;
  paragraph?: { elements?: { textRun?: { content?: string | null } | null }[] | null } | null;
}

/** True when a body holds nothing but its section break and one empty paragraph. */
export function isBlankBody(content: readonly BodyElement[]): boolean {
  const rest = content.filter((e) => !e.sectionBreak);
  if (rest.length !== 1 || !rest[0].paragraph) return false;
  return (rest[0].paragraph.elements ?? []).every((e) => e.textRun?.content === '\n');
}

export const TEMPLATE_NOT_BLANK_TH =
  'เอกสารแม่แบบรายงานต้องไม่มีเนื้อหาในหน้ากระดาษ (ใส่ได้เฉพาะส่วนท้าย เช่น เลขหน้า) — ลบเนื้อหาในแม่แบบออก แล้วสั่งสร้างรายงานอีกครั้ง';
