import pdfmake from 'pdfmake/build/pdfmake.min.js';
import regularUrl from 'pdfmake/fonts/Roboto/Roboto-Regular.ttf?url';
import boldUrl from 'pdfmake/fonts/Roboto/Roboto-Medium.ttf?url';
import italicUrl from 'pdfmake/fonts/Roboto/Roboto-Italic.ttf?url';
import boldItalicUrl from 'pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf?url';
import { PDF_FONT, type PdfDefinition } from '../../shared/publish/pdfDefinition.ts';

const FONTS = {
  normal: ['Roboto-Regular.ttf', regularUrl],
  bold: ['Roboto-Medium.ttf', boldUrl],
  italics: ['Roboto-Italic.ttf', italicUrl],
  bolditalics: ['Roboto-MediumItalic.ttf', boldItalicUrl],
} as const;

function base64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

let fontsLoaded: Promise<void> | undefined;

/** Fetches the font files (built assets, cached for offline use) into pdfmake once. */
function loadFonts(): Promise<void> {
  fontsLoaded ??= (async () => {
    const files: Record<string, { data: string; encoding: 'base64' }> = {};
    for (const [name, url] of Object.values(FONTS)) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Could not load the PDF font ${name}`);
      files[name] = { data: base64(await response.arrayBuffer()), encoding: 'base64' };
    }
    pdfmake.addVirtualFileSystem(files);
    pdfmake.addFonts({
      [PDF_FONT]: Object.fromEntries(Object.entries(FONTS).map(([style, [name]]) => [style, name])),
    });
    // A definition never fetches anything.
    pdfmake.setUrlAccessPolicy(() => false);
  })();
  fontsLoaded.catch(() => (fontsLoaded = undefined));
  return fontsLoaded;
}

/** The PDF of a definition, made in the browser with the Roboto font embedded. */
export async function renderPdfInBrowser(definition: PdfDefinition): Promise<Blob> {
  await loadFonts();
  return pdfmake.createPdf(definition).getBlob();
}
