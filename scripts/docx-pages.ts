/**
 * .docx -> PDF (LibreOffice, headless) -> one PNG per page (pdftoppm), to look at the report as a reader
 * would. Installs LibreOffice Writer, poppler-utils and Thai fonts with apt-get when they are missing.
 * Run: npm run pages [-- out/report.docx [out/pages]]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const input = resolve(process.argv[2] ?? 'out/report.docx');
const outDir = resolve(process.argv[3] ?? 'out/pages');
const DPI = Number(process.env.PAGES_DPI ?? 80);

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasThaiFont(): boolean {
  const r = spawnSync('fc-list', [':lang=th', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

/** Debian packages for what is missing; apt-get needs root (or sudo without a password). */
function ensureTools(): void {
  const missing: string[] = [];
  if (!has('soffice')) missing.push('libreoffice-writer');
  if (!has('pdftoppm')) missing.push('poppler-utils');
  if (!has('fc-list') || !hasThaiFont()) missing.push('fonts-thai-tlwg', 'fontconfig');
  if (missing.length === 0) return;
  console.error(`installing ${missing.join(' ')} with apt-get …`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const apt = (args: string[]) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    const r = spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      throw new Error(`apt-get ${args.join(' ')} failed; install by hand: apt-get install ${missing.join(' ')}`);
    }
  };
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...missing]);
}

if (!existsSync(input)) {
  console.error(`${input} not found: build it first (npm run demo)`);
  process.exit(2);
}
ensureTools();
mkdirSync(outDir, { recursive: true });
const stem = basename(input).replace(/\.docx$/i, '');
// pdftoppm names pages <stem>-1.png or <stem>-01.png ...: only those of this report are replaced.
const isPage = (f: string) => f.startsWith(`${stem}-`) && /^\d+\.png$/.test(f.slice(stem.length + 1));
for (const f of readdirSync(outDir)) if (isPage(f)) rmSync(join(outDir, f));

// A private LibreOffice profile: a desktop LibreOffice already open would otherwise swallow the conversion.
const profile = mkdtempSync(join(tmpdir(), 'ita-lo-'));
try {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      input,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 },
  );
} finally {
  rmSync(profile, { recursive: true, force: true });
}
const pdf = join(outDir, `${stem}.pdf`);
execFileSync('pdftoppm', ['-png', '-r', String(DPI), pdf, join(outDir, stem)], { stdio: 'inherit' });
const pages = readdirSync(outDir).filter(isPage).sort();
console.log(`${pdf}\n${pages.length} pages: ${pages.map((p) => join(outDir, p)).join(' ')}`);
