import { README_URL, VERSION } from '../core/version';

export function showHelp(): void {
  const html = HtmlService.createHtmlOutput(
    `<div style="font-family:Sarabun,sans-serif;font-size:14px">
<p><b>รายงานผลตามมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส (ITA)</b></p>
<p>รุ่นโปรแกรม ${VERSION}</p>
<ol>
<li>เมนู <b>ตั้งค่าสมุดงาน</b> สร้างชีตที่ต้องใช้ (เรียกซ้ำได้ ไม่ลบข้อมูล)</li>
<li>กรอกชีต ตั้งค่า หน่วยงาน ตัวชี้วัด และ มาตรการ (แถวละ ๑ แถวของตารางรายงาน)</li>
<li>เมนู <b>ตรวจสอบข้อมูล</b> แสดงปัญหาบนเซลล์ และในชีต ผลการตรวจสอบ</li>
<li>เมนู <b>สร้างรายงาน</b> สร้าง Google Doc ใหม่ทุกครั้ง ไม่ทับรายงานเดิม</li>
</ol>
<p><a href="${README_URL}" target="_blank">คู่มือฉบับเต็ม (README)</a></p></div>`,
  )
    .setWidth(460)
    .setHeight(320);
  SpreadsheetApp.getUi().showModalDialog(html, 'วิธีใช้');
}
