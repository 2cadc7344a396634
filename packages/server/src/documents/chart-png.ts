import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

// SVG to PNG with resvg. resvg draws no text without a font, and a fresh machine may have no system fonts, so
// the Roboto that ships inside pdfmake (already a dependency) is loaded and used for "sans-serif".

const require = createRequire(import.meta.url);
const ROBOTO = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf'].map((file) =>
  require.resolve(`pdfmake/build/fonts/Roboto/${file}`),
);

/** Renders an SVG document to PNG bytes at twice its size (sharp enough for print). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: ROBOTO,
      defaultFontFamily: 'Roboto',
      sansSerifFamily: 'Roboto',
    },
  });
  return resvg.render().asPng();
}
