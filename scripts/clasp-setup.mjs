#!/usr/bin/env node
/**
 * First-time deploy set-up: writes .clasp.json (not committed) so that `npm run deploy` pushes dist/.
 *   npm run deploy:setup -- --create [--title "รายงาน ITA"]   a new Sheet with a bound script
 *   npm run deploy:setup -- --script-id <id>                  the script of an existing Sheet
 *   node scripts/clasp-setup.mjs --check                      (npm run deploy) .clasp.json is there and pushes dist/
 * Why not `clasp create --rootDir dist` or `clasp clone`: by clasp 3.4's code (commands/create-script.js,
 * clone-script.js) both pull the project's files into rootDir, overwriting dist/Code.js and
 * dist/appsscript.json with Google's stub. So `clasp create` runs in an empty temporary folder (its
 * .clasp.json, stub Code.js and appsscript.json land there), and only the ids are copied into ours.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;

/** clasp's own entry point (node_modules/@google/clasp), run with this node. */
export function claspEntry() {
  const pkgPath = join(ROOT, 'node_modules', '@google', 'clasp', 'package.json'); // its exports hide package.json
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.clasp;
  return join(dirname(pkgPath), bin);
}

/**
 * @param {{ root?: string, argv: string[], clasp?: string[], log?: (s: string) => void }} options
 *   root: the clone (default: this repository); clasp: the command that runs clasp (tests pass a stand-in).
 * @returns {number} exit code
 */
export function setUp({ root = ROOT, argv, clasp = [process.execPath, claspEntry()], log = console.log }) {
  const target = join(root, '.clasp.json');
  if (argv.includes('--check')) return check(target, log);
  if (existsSync(target)) {
    const id = readSettings(target)?.scriptId;
    log(`.clasp.json มีอยู่แล้ว${id ? ` (${id})` : ''} — ไม่แก้ไข; ลบไฟล์นี้ก่อนถ้าจะเปลี่ยนโครงการ`);
    return 1;
  }
  const at = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const given = at('--script-id');
  if (given !== undefined) {
    if (!SCRIPT_ID.test(given) || given.startsWith('PASTE-')) {
      log(`รหัสสคริปต์ "${given}" ไม่ถูกต้อง: คัดลอกจาก Apps Script › การตั้งค่าโปรเจ็กต์ (Project Settings) › รหัสสคริปต์`);
      return 2;
    }
    return write(target, { scriptId: given }, log);
  }
  if (!argv.includes('--create')) {
    log('ใช้: npm run deploy:setup -- --create [--title "ชื่อ"]  หรือ  npm run deploy:setup -- --script-id <รหัสสคริปต์>');
    return 2;
  }
  const title = at('--title') ?? 'รายงาน ITA';
  const scratch = mkdtempSync(join(tmpdir(), 'ita-clasp-'));
  try {
    // In the scratch folder clasp finds no .clasp.json above it and writes everything there.
    // clasp_config_project / _ignore would point it elsewhere: dropped for this run.
    const env = { ...process.env };
    delete env.clasp_config_project;
    delete env.clasp_config_ignore;
    const [command, ...rest] = clasp;
    const run = spawnSync(command, [...rest, 'create', '--type', 'sheets', '--title', title], {
      cwd: scratch,
      env,
      stdio: 'inherit',
    });
    const made = join(scratch, '.clasp.json');
    if (run.status !== 0 || !existsSync(made)) {
      log('clasp create ไม่สำเร็จ (ดูข้อความด้านบน; ลอง npx clasp login ก่อน) — ไม่ได้เขียน .clasp.json');
      return 2;
    }
    const { scriptId, parentId } = readSettings(made) ?? {};
    if (typeof scriptId !== 'string' || scriptId === '') {
      log('clasp create ไม่ได้ให้รหัสสคริปต์ใน .clasp.json ของมัน — ไม่ได้เขียน .clasp.json');
      return 2;
    }
    return write(target, { scriptId, ...(parentId ? { parentId } : {}) }, log);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Before a push: clasp uploads every .js/.json under rootDir, so anything but dist/ would send the wrong files. */
function check(target, log) {
  if (!existsSync(target)) {
    log('ยังไม่มี .clasp.json: ตั้งค่าครั้งแรกด้วย npm run deploy:setup -- --create หรือ -- --script-id <รหัสสคริปต์> (ดู README)');
    return 2;
  }
  const settings = readSettings(target);
  if (settings === null) {
    log(
      '.clasp.json อ่านไม่ได้: ไม่ใช่ JSON (เช่น มีจุลภาคเกินท้ายรายการ หรือมีหมายเหตุ) — แก้ตามรูปแบบใน .clasp.json.example หรือลบไฟล์แล้วใช้ npm run deploy:setup',
    );
    return 2;
  }
  const { scriptId, rootDir } = settings;
  if (typeof scriptId !== 'string' || !SCRIPT_ID.test(scriptId) || scriptId.startsWith('PASTE-')) {
    log(`.clasp.json: scriptId "${scriptId}" ไม่ใช่รหัสสคริปต์ — ลบไฟล์แล้วใช้ npm run deploy:setup`);
    return 2;
  }
  if (rootDir !== 'dist') {
    log(`.clasp.json: rootDir ต้องเป็น "dist" (ได้ "${rootDir}") มิฉะนั้น clasp จะส่งไฟล์อื่นขึ้นไปแทน dist/`);
    return 2;
  }
  return 0;
}

/** The parsed file, or null when it is not JSON (clasp itself reads JSON5, so a hand edit may still be refused here). */
function readSettings(file) {
  try {
    const settings = JSON.parse(readFileSync(file, 'utf8'));
    return settings !== null && typeof settings === 'object' ? settings : null;
  } catch {
    return null;
  }
}

/** Ours: clasp's push reads rootDir, so dist/ and nothing else is uploaded. */
function write(target, ids, log) {
  writeFileSync(target, `${JSON.stringify({ ...ids, rootDir: 'dist' }, null, 2)}\n`);
  log(`เขียน .clasp.json แล้ว (scriptId ${ids.scriptId}, rootDir dist) — ต่อไป: npm run deploy`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = setUp({ argv: process.argv.slice(2) });
}
