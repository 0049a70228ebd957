/**
 * Apps Script's e-mail body limit (200 KB a message for a consumer account, 400 KB for Workspace) through the built
 * bundle: an agency of ~500 rows, most of them "ทุกสำนัก/หน่วย", early in the round, when a unit still owes them all.
 * The fake MailApp refuses a message over the limit as Apps Script does ("Limit Exceeded: Email Body Size.").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SHEET } from '../src/core/layout';
import { MAX_BODY_BYTES } from './fakes/mail';
import { BUNDLE, sheetNamed } from './tools/forms-project';
import { EMAILS, progressProject } from './tools/progress-project';

beforeAll(() => {
  if (!existsSync(BUNDLE)) execSync('npm run build', { stdio: 'inherit' });
});

const EXTRA = 480;
const th = (n: number) => String(n).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);

describe('sendReminders at an agency of ~500 rows', () => {
  it('a unit owing every row still gets its e-mail, under the body limit, the rows it could not list counted', () => {
    const p = progressProject({ emails: { LAW: EMAILS.LAW } });
    const measures = sheetNamed(p.fakes, SHEET.measures)!;
    const values = measures._values();
    const template = values.find((r) => r[0] === '2567-02')!;
    const rows = Array.from({ length: EXTRA }, (_, i) => {
      const row = template.slice();
      row[0] = `2567-${String(100 + i)}`;
      row[4] = `1.${i + 2}`;
      row[9] = ''; // nothing reported yet
      row[10] = 'ทุกสำนัก/หน่วย';
      return row;
    });
    measures._setValues(values.length + 1, 1, rows);
    p.context.sendReminders();

    const sent = p.fakes.services.MailApp._sent;
    expect(sent.map((m) => m.to)).toEqual([EMAILS.LAW]);
    const [law] = sent;
    const bytes = Buffer.byteLength(law.body, 'utf8') + Buffer.byteLength(law.htmlBody ?? '', 'utf8');
    expect(bytes).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const owed = EXTRA + 5; // the seed's five rows of LAW besides
    expect(law.body).toContain(`จากสำนักกฎหมาย ${th(owed)} รายการ`);
    const listed = law.body.split('\n').filter((l) => /^[๐-๙]+\. /.test(l)).length;
    expect(listed).toBeGreaterThan(100);
    expect(listed).toBeLessThan(owed);
    expect(law.body).toContain(`และอีก ${th(owed - listed)} รายการ`);
    expect(law.htmlBody).toContain(`และอีก ${th(owed - listed)} รายการ`);
    // The first rows are listed in order, the link is still there.
    expect(law.body).toContain('[2567-02]');
    expect(law.htmlBody).toContain('href=');
    const last = p.fakes.recorded.alerts.at(-1)!.prompt;
    expect(last).toContain('ส่งอีเมลเตือนแล้ว 1 หน่วยงาน');
    // The preview named the unit's first ten rows and counted the rest (the e-mail and the log hold them all).
    const preview = p.fakes.recorded.alerts.find((a) => a.prompt.includes('ส่งเลยหรือไม่?'))!.prompt;
    expect(preview).toContain(`และอีก ${owed - 10} รายการ`);
    expect(preview.length).toBeLessThan(2000);
  });
});
