/** [plan] The OFL Sarabun TTFs (regular, bold) shipped by @expo-google-fonts/sarabun: the chart's only fonts. */
import { createRequire } from 'node:module';

export function sarabunFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('@expo-google-fonts/sarabun/package.json').replace(/package\.json$/, '');
  return [`${dir}Sarabun_400Regular.ttf`, `${dir}Sarabun_700Bold.ttf`];
}
