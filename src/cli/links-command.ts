/**
 * `ita-report links <workbook.xlsx | --spreadsheet id>`: every evidence link and every URL in results and form
 * answers, de-duplicated, checked and listed (the Sheet's menu "ตรวจลิงก์หลักฐาน" does the same in Apps Script).
 * Drive links are checked with the Drive API when Google credentials are at hand, else fetched without an
 * account; other links with fetch (link-fetch-node.ts). Results are kept in a cache file, saved as links
 * finish: a re-run within a day asks nothing again, and a run stopped part-way continues where it was.
 */
import { readFile } from 'node:fs/promises';
import { planChecks } from '../core/links/cache';
import { collectLinks, mainWebsite, type LinkTarget } from '../core/links/collect';
import { driveTarget, type DriveTarget } from '../core/links/google-links';
import type { Outcome } from '../core/links/probe';
import { offSiteNote } from '../core/links/results-sheet';
import { isOpenable, STATUS_TH, type LinkResult, type LinkStatus } from '../core/links/status';
import { linkKey } from '../core/links/url-parts';
import type { CliArgs } from './args';
import { EXIT } from './errors';
import { googleFailureTh, quietGoogleWarnings } from './google-errors';
import { googleOptions } from './google-loader';
import type { Io } from './io';
import { fetchLinksNode } from './link-fetch-node';
import { loadWorkbook } from './load-workbook';
import { writeFileAtomic } from './write-atomic';

export const DEFAULT_TIMEOUT_MS = 10_000;
const SAVE_EVERY = 25;

export function defaultCachePath(args: Pick<CliArgs, 'input' | 'spreadsheetId'>): string {
  return args.input !== undefined
    ? `${args.input.replace(/\.xlsx$/i, '')}.links.json`
    : `ita-links-${args.spreadsheetId}.json`;
}

export async function readCache(path: string, io: Io): Promise<Map<string, LinkResult>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return new Map();
  }
  try {
    const json = JSON.parse(text) as { version?: unknown; results?: unknown };
    if (json.version !== 1 || !Array.isArray(json.results)) throw new Error('not a cache');
    const ok = (r: LinkResult) =>
      typeof r?.url === 'string' && r.status in STATUS_TH && typeof r.checkedAt === 'number';
    return new Map((json.results as LinkResult[]).filter(ok).map((r) => [linkKey(r.url), r]));
  } catch {
    io.err(`ไฟล์ผลการตรวจครั้งก่อน ${path} อ่านไม่ได้ — ตรวจทุกลิงก์ใหม่ และเขียนไฟล์นี้ใหม่`);
    return new Map();
  }
}

async function saveCache(path: string, results: ReadonlyMap<string, LinkResult>): Promise<void> {
  const body = JSON.stringify({ version: 1, results: [...results.values()] }, null, 1);
  await writeFileAtomic(path, new TextEncoder().encode(body));
}

/** Drive links through the Drive API; undefined for each link it could not settle (no credentials, no permission list). */
async function driveOutcomes(
  links: { url: string; target: DriveTarget }[],
  args: CliArgs,
  io: Io,
): Promise<(Outcome | undefined)[]> {
  if (links.length === 0) return [];
  try {
    quietGoogleWarnings();
    const { checkDriveLinksApi } = await import('./google-drive-links');
    return await checkDriveLinksApi(links, googleOptions(args, io));
  } catch (e) {
    io.err(
      `ตรวจการแชร์ไฟล์ Google Drive ด้วย Drive API ไม่ได้ (${googleFailureTh(e) ?? ((e as Error).message ?? String(e)).split('\n')[0]}) — เปิดลิงก์เหล่านี้แบบไม่ลงชื่อเข้าใช้แทน`,
    );
    return links.map(() => undefined);
  }
}

export async function linksCommand(args: CliArgs, io: Io): Promise<number> {
  const data = await loadWorkbook(args, io);
  const targets = collectLinks(data);
  const site = mainWebsite(data);
  const cachePath = args.cache ?? defaultCachePath(args);
  const { fresh, todo } = planChecks(
    targets.map((t) => t.url),
    await readCache(cachePath, io),
    Date.now(),
  );
  const results = new Map(fresh);
  let unsaved = 0;
  const record = async (o: Outcome) => {
    results.set(linkKey(o.url), { ...o, checkedAt: Date.now() });
    if (++unsaved >= SAVE_EVERY) {
      unsaved = 0;
      await saveCache(cachePath, results);
    }
  };
  io.err(`พบ ${targets.length} ลิงก์ ใช้ผลเดิม ${fresh.size} ตรวจใหม่ ${todo.length} …`);

  const drive = todo.flatMap((url) => {
    const target = driveTarget(url);
    return target ? [{ url, target }] : [];
  });
  const web = todo.filter((u) => !driveTarget(u));
  const viaApi = await driveOutcomes(drive, args, io);
  for (const [i, o] of viaApi.entries()) {
    if (o) await record(o);
    else web.push(drive[i].url);
  }
  const run = await fetchLinksNode(web, { timeoutMs: args.timeoutMs ?? DEFAULT_TIMEOUT_MS, onOutcome: record });
  await saveCache(cachePath, results);

  printResults(targets, results, site, io);
  const hosts = [...run.perHost.entries()].map(([h, n]) => `${h} ${n}`).join(', ');
  if (run.requests > 0) io.err(`คำขอเว็บ ${run.requests} ครั้ง (${hosts})`);
  const bad = targets.filter((t) => !isOpenable(results.get(linkKey(t.url))?.status ?? 'pending')).length;
  return bad > 0 ? EXIT.invalid : EXIT.ok;
}

function printResults(
  targets: readonly LinkTarget[],
  results: ReadonlyMap<string, LinkResult>,
  site: string,
  io: Io,
): void {
  const counts = new Map<LinkStatus, number>();
  for (const t of targets) {
    const r = results.get(linkKey(t.url));
    const status = r?.status ?? 'pending';
    counts.set(status, (counts.get(status) ?? 0) + 1);
    const notes = t.uses.map((u) => offSiteNote(t.url, u, site)).filter((n) => n !== '');
    if (status === 'ok' && notes.length === 0) continue;
    const where = t.uses.map((u) => `${u.sheet} ${u.key} "${u.header}"`).join('; ');
    io.out(`${STATUS_TH[status]}\t${t.url}\t${r?.detail ?? ''}${notes.length ? ` · ${notes[0]}` : ''}\tใช้ที่ ${where}`);
  }
  const parts = [...counts.entries()].map(([s, n]) => `${STATUS_TH[s]} ${n}`);
  io.out(`ตรวจ ${targets.length} ลิงก์: ${parts.join(', ') || 'ไม่พบลิงก์'}`);
}
