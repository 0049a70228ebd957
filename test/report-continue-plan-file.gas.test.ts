/**
 * The plan file of a continued report (src/gas/report-continue-state.ts) is several MB of JSON (4.9 MB at 3,800
 * rows, about 7.6 MB near a full Doc), while Folder.createFile(name, content, mimeType) "Throws an exception if
 * content is larger than 10MB" (its reference; the fake holds it to that). It is stored gzipped from a blob
 * (createFile(blob) has no such limit, a Blob up to 50 MB), a fraction of that size, and read back the same.
 */
import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { docsBatchMs } from '../src/core/cost-model';
import { BUNDLE } from './tools/report-project';
import { continuedProject } from './tools/report-continue';

describe.skipIf(!existsSync(BUNDLE))('a continued report keeps its plan gzipped', () => {
  it('the plan file is gzip, a quarter of the JSON or less, and the report still completes', () => {
    const p = continuedProject({}, docsBatchMs(40));
    p.context.generateReport();
    const [file] = p.planFiles();
    expect(file.id).toBe(p.record()!.planFileId);
    const bytes = file.bytes!;
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const json = gunzipSync(bytes);
    const plan = JSON.parse(json.toString('utf8')) as { segments: unknown[][] };
    expect(plan.segments.flat().length).toBeGreaterThan(40);
    expect(bytes.length).toBeLessThan(json.length / 4);
    file.mimeType = 'application/octet-stream'; // the type Drive reports is not relied on: the bytes tell
    expect(p.fireAll()).toBeGreaterThan(0);
    expect(p.record()).toBeUndefined();
    expect(p.historyRows().at(-1)![8]).toBe('สำเร็จ');
  });

  it('a plan file of plain JSON (a run the previous version of the script started) is still read', () => {
    const p = continuedProject({}, docsBatchMs(40));
    p.context.generateReport();
    const [file] = p.planFiles();
    file.bytes = gunzipSync(file.bytes!);
    file.mimeType = 'application/json';
    expect(p.fireAll()).toBeGreaterThan(0);
    expect(p.historyRows().at(-1)![8]).toBe('สำเร็จ');
  });

  it('the fake refuses createFile(name, content, mimeType) past 10 MB, as documented', () => {
    const p = continuedProject();
    const folder = p.fakes.services.DriveApp.getRootFolder();
    expect(() => folder.createFile('big.json', 'x'.repeat(10 * 1024 * 1024 + 1), 'application/json')).toThrow(/10 ?MB/);
  });
});
