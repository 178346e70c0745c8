// The browser side of exporting a plot: the SVG as a stand-alone file, drawn into a PNG,
// and saved as a download. Everything stays in the page (blob: URLs only), so it works
// offline and under the book's Content-Security-Policy.

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const SVG_TYPE = 'image/svg+xml;charset=utf-8';

// The properties the theme's classes give the plot's shapes and text. All are inherited,
// so an element needs one inline only where it differs from its parent's; opacity is not
// inherited and is written wherever it is not 1.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;

/**
 * The plot as a stand-alone SVG document that looks as it does on the page: the styles its
 * classes receive from the theme are written on the elements (and the classes dropped, so
 * a stylesheet where the file is pasted cannot restyle it), over a rectangle of the
 * theme's background, with the on-screen size and a viewBox so it scales in slides.
 */
function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')] as (SVGElement | HTMLElement)[];
  const computed = new Map(originals.map((element) => [element, getComputedStyle(element)]));
  originals.forEach((original, i) => {
    const copy = copies[i]!;
    const style = computed.get(original)!;
    const parent = original === svg ? undefined : computed.get(original.parentElement!);
    for (const property of INHERITED) {
      const value = style.getPropertyValue(property);
      if (value !== parent?.getPropertyValue(property)) copy.style.setProperty(property, value);
    }
    if (style.opacity !== '1') copy.style.setProperty('opacity', style.opacity);
    copy.removeAttribute('class');
  });

  // The description it names is the caption on the page, which the file does not carry.
  clone.removeAttribute('aria-describedby');
  const { width, height } = sizeOf(svg);
  clone.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  // The page's background is the theme's (white, or black in the projector theme).
  background.setAttribute('fill', getComputedStyle(document.documentElement).backgroundColor);
  // After the <title>, which stays the first child as the document's name.
  const title = clone.querySelector('title');
  if (title) title.after(background);
  else clone.prepend(background);

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** The plot as an SVG file (see serializeSvg). */
export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([serializeSvg(svg)], { type: SVG_TYPE });
}

/**
 * The plot drawn into a PNG `scale` times its on-screen size. The SVG is loaded as an
 * image (from a blob: URL) and drawn at the full size, so it is rasterised sharp rather
 * than enlarged. Rejects if the image cannot be loaded or the canvas cannot be encoded.
 */
export async function pngBlob(svg: SVGSVGElement, scale: number): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no canvas to draw on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

// Some browsers read a download's blob only after click() has returned; a late revoke
// costs nothing but the blob's memory for a few seconds.
const REVOKE_AFTER_MS = 10_000;

/** Saves a blob as a file with the given name, through a download link. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** The plot's size in CSS pixels, as drawn (its width and height attributes). */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  return { width: svg.width.baseVal.value, height: svg.height.baseVal.value };
}
