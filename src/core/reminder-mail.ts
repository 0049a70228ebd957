/**
 * [progress] The reminder e-mail to one unit, in Thai: its missing rows and the form link pre-filled with the unit
 * (and the row, when only one is missing). A plain-text body and an HTML body; every value from the Sheet is
 * HTML-escaped in the HTML one (unit names, row labels, the agency, the link).
 */
import type { UnitProgress } from './progress';
import { applyDigitStyle, formatThaiDateLong, type CalendarDate, type DigitStyle, type Round } from './thai';
import { escapeHtml } from './html';

/**
 * Apps Script refuses a message whose body is over 200 KB ("Limit Exceeded: Email Body Size."; 400 KB for
 * Workspace; whether the plain and HTML bodies count together is not said). Both together are kept under this many
 * UTF-8 bytes: a unit owing hundreds of rows (early in the round, rows of ทุกสำนัก/หน่วย) gets the first ones
 * listed and the number of the others, instead of no e-mail at all.
 */
export const MAIL_BODY_BUDGET = 150 * 1024;

/** UTF-8 bytes of a string (no TextEncoder or Buffer in Apps Script): a surrogate pair is 4. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

export interface MailContext {
  agencyName: string;
  /** Who signs the e-mail (the config's รวบรวมข้อมูลโดย, else the agency). */
  sender: string;
  fiscalYear: number;
  round: Round;
  deadline: CalendarDate | null;
  style: DigitStyle;
}

export interface ReminderMail {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
}

/** `link` is the form's pre-filled link ('' when the form cannot be opened: the e-mail then says to ask for it). */
export function reminderMail(unit: UnitProgress, link: string, ctx: MailContext): ReminderMail {
  const d = (text: string) => applyDigitStyle(text, ctx.style);
  const roundText = d(`รอบ ${ctx.round} เดือน ปีงบประมาณ ${ctx.fiscalYear}`);
  const subject = `[ITA] ขอรายงานผลการดำเนินงาน ${roundText} — ${unit.name}`;
  const intro =
    `${ctx.agencyName} ยังไม่ได้รับรายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) ${roundText} ` +
    d(`จาก${unit.name} ${unit.missing.length} รายการ ดังนี้`);
  const labels = unit.missing.map((m) => m.label);
  const deadline = ctx.deadline ? `กำหนดส่ง: ${formatThaiDateLong(ctx.deadline, ctx.style)}` : '';
  const prefilled =
    unit.missing.length === 1
      ? 'ลิงก์นี้เลือกหน่วยงานและมาตรการของท่านไว้ให้แล้ว'
      : 'ลิงก์นี้เลือกหน่วยงานของท่านไว้ให้แล้ว เลือกมาตรการทีละรายการ';
  const how = 'ตอบ ๑ ครั้งต่อ ๑ กิจกรรม ถ้ารายงานแล้วภายหลังอีเมลนี้ ไม่ต้องตอบซ้ำ';
  const noLink = 'โปรดขอลิงก์แบบฟอร์มรายงานผลจากผู้ประสานงาน ITA';

  const e = escapeHtml;
  const build = (rows: readonly string[]) => {
    const more =
      rows.length < labels.length
        ? d(
            `และอีก ${labels.length - rows.length} รายการ (ยาวเกินกว่าที่อีเมลฉบับเดียวส่งได้ โปรดขอรายการทั้งหมดจากผู้ประสานงาน ITA)`,
          )
        : '';
    const body = [
      `เรียน ผู้ประสานงาน${unit.name}`,
      '',
      intro,
      ...rows.map((r, i) => `${d(String(i + 1))}. ${r}`),
      ...(more ? [more] : []),
      '',
      ...(deadline ? [deadline] : []),
      ...(link ? [`ตอบแบบฟอร์มรายงานผล (${prefilled}):`, link] : [noLink]),
      how,
      '',
      'ขอบคุณครับ/ค่ะ',
      ctx.sender,
    ].join('\n');
    const htmlBody =
      `<div style="font-family:Sarabun,Tahoma,sans-serif;font-size:15px;line-height:1.6">` +
      `<p>เรียน ผู้ประสานงาน${e(unit.name)}</p>` +
      `<p>${e(intro)}</p>` +
      `<ol>${rows.map((r) => `<li>${e(r)}</li>`).join('')}</ol>` +
      (more ? `<p>${e(more)}</p>` : '') +
      (deadline ? `<p><b>${e(deadline)}</b></p>` : '') +
      (link ? `<p><a href="${e(link)}">ตอบแบบฟอร์มรายงานผล</a> (${e(prefilled)})</p>` : `<p>${e(noLink)}</p>`) +
      `<p>${e(how)}</p>` +
      `<p>ขอบคุณครับ/ค่ะ<br>${e(ctx.sender).replace(/\n/g, '<br>')}</p></div>`;
    return { body, htmlBody };
  };
  /** The first rows whose lines (plain and HTML, with what the rest of the message takes) fit the budget. */
  const fitting = (): string[] => {
    const fixed = build([]);
    let used = utf8Bytes(fixed.body) + utf8Bytes(fixed.htmlBody);
    const rows: string[] = [];
    for (const [i, r] of labels.entries()) {
      used += utf8Bytes(`${d(String(i + 1))}. ${r}\n`) + utf8Bytes(`<li>${e(r)}</li>`);
      if (used > MAIL_BODY_BUDGET) break;
      rows.push(r);
    }
    return rows;
  };
  const all = build(labels);
  const { body, htmlBody } = utf8Bytes(all.body) + utf8Bytes(all.htmlBody) <= MAIL_BODY_BUDGET ? all : build(fitting());
  return { to: unit.email, subject, body, htmlBody };
}
