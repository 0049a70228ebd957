/**
 * The config's font in the Google Doc: Thai office fonts Google Docs does not have ("If the font name is
 * unrecognized, the text is rendered in Arial", WeightedFontFamily) are set in the Google Fonts design they
 * come from, in every request; fonts Docs has are kept as typed.
 */
import { describe, expect, it } from 'vitest';
import { buildDocsRequests } from '../src/render/docs-requests';
import { docsFont } from '../src/render/docs-fonts';
import { model, type Request } from './tools/docs-model';

function fontsOf(requests: readonly Request[]): Set<string> {
  return new Set(
    requests.flatMap((r) => {
      const f = r.updateTextStyle?.textStyle?.weightedFontFamily?.fontFamily;
      return f ? [f] : [];
    }),
  );
}

describe('the Google Doc font', () => {
  it.each([
    ['TH Sarabun New', 'Sarabun'],
    ['TH SarabunPSK', 'Sarabun'],
    ['th sarabun psk', 'Sarabun'],
    ['THSarabunNew', 'Sarabun'],
    ['TH Sarabun IT๙', 'Sarabun'],
    ['TH Niramit AS', 'Niramit'],
    ['TH Chakra Petch', 'Chakra Petch'],
    ['TH Baijam', 'Bai Jamjuree'],
    ['TH Kodchasal', 'Kodchasan'],
    ['Angsana New', 'Sarabun'],
    ['Cordia New', 'Sarabun'],
  ])('%s (not in Google Docs) is set as %s, in the body and the footer', (typed, docs) => {
    const plan = buildDocsRequests(model({ font: typed }), { footerText: 'F' });
    expect(fontsOf(plan.requests)).toEqual(new Set([docs]));
    expect(fontsOf(plan.footerRequests('f'))).toEqual(new Set([docs]));
    expect(docsFont(typed)).toEqual({ font: docs, replaced: true });
  });

  it.each(['Sarabun', 'Noto Sans Thai', 'Tahoma', 'Kanit', 'Niramit'])('%s is kept as typed', (font) => {
    expect(fontsOf(buildDocsRequests(model({ font })).requests)).toEqual(new Set([font]));
    expect(docsFont(font)).toEqual({ font, replaced: false });
  });
});
