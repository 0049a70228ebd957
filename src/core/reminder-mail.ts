/**
 * [progress] The reminder e-mail to one unit, in Thai: its missing rows and the form link pre-filled with the unit
 * (and the row, when only one is missing). A plain-text body and an HTML body; every value from the Sheet is
 * HTML-escaped in the HTML one (unit names, row labels, the agency, the link).
 */
import type { UnitProgress } from './progress';
import { applyDigitStyle, formatThaiDateLong, type CalendarDate, type DigitStyle, type Round } from './thai';
import { escapeHtml } from './html';

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
  const rows = unit.missing.map((m) => m.label);
  const deadline = ctx.deadline ? `กำหนดส่ง: ${formatThaiDateLong(ctx.deadline, ctx.style)}` : '';
  const prefilled =
    unit.missing.length === 1
      ? 'ลิงก์นี้เลือกหน่วยงานและมาตรการของท่านไว้ให้แล้ว'
      : 'ลิงก์นี้เลือกหน่วยงานของท่านไว้ให้แล้ว เลือกมาตรการทีละรายการ';
  const how = 'ตอบ ๑ ครั้งต่อ ๑ กิจกรรม ถ้ารายงานแล้วภายหลังอีเมลนี้ ไม่ต้องตอบซ้ำ';
  const noLink = 'โปรดขอลิงก์แบบฟอร์มรายงานผลจากผู้ประสานงาน ITA';

  const body = [
    `เรียน ผู้ประสานงาน${unit.name}`,
    '',
    intro,
    ...rows.map((r, i) => `${d(String(i + 1))}. ${r}`),
    '',
    ...(deadline ? [deadline] : []),
    ...(link ? [`ตอบแบบฟอร์มรายงานผล (${prefilled}):`, link] : [noLink]),
    how,
    '',
    'ขอบคุณครับ/ค่ะ',
    ctx.sender,
  ].join('\n');

  const e = escapeHtml;
  const htmlBody =
    `<div style="font-family:Sarabun,Tahoma,sans-serif;font-size:15px;line-height:1.6">` +
    `<p>เรียน ผู้ประสานงาน${e(unit.name)}</p>` +
    `<p>${e(intro)}</p>` +
    `<ol>${rows.map((r) => `<li>${e(r)}</li>`).join('')}</ol>` +
    (deadline ? `<p><b>${e(deadline)}</b></p>` : '') +
    (link ? `<p><a href="${e(link)}">ตอบแบบฟอร์มรายงานผล</a> (${e(prefilled)})</p>` : `<p>${e(noLink)}</p>`) +
    `<p>${e(how)}</p>` +
    `<p>ขอบคุณครับ/ค่ะ<br>${e(ctx.sender).replace(/\n/g, '<br>')}</p></div>`;

  return { to: unit.email, subject, body, htmlBody };
}
