/**
 * The font the .docx carries inside it. The report's default font, Sarabun (the Google Doc's too, a Google
 * Font under the OFL), is on few Thai office PCs, which have TH SarabunPSK / TH Sarabun New: Word would set
 * the report in a stand-in with other widths. So a Sarabun report embeds Sarabun's regular and bold faces
 * (from @expo-google-fonts/sarabun; OS/2 fsType 0, installable embedding allowed), ~160 KB in the .docx, and
 * lays out the same on every PC and as the Google Doc. Another font (--font, or "แบบอักษร" in the config)
 * is named only: the PC must have it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { EmbeddedFont } from '../render/docx-report';

const FACES: Record<string, { regular: string; bold: string }> = {
  sarabun: { regular: 'Sarabun_400Regular.ttf', bold: 'Sarabun_700Bold.ttf' },
};

export async function embeddedFontsFor(font: string): Promise<EmbeddedFont[]> {
  const faces = FACES[font.trim().toLowerCase()];
  if (!faces) return [];
  const resolve = (file: string) => createRequire(import.meta.url).resolve(`@expo-google-fonts/sarabun/${file}`);
  const [regular, bold] = await Promise.all([readFile(resolve(faces.regular)), readFile(resolve(faces.bold))]);
  return [{ name: font.trim(), regular, bold }];
}
