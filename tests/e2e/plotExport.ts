import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { fileName } from '../../src/plot/export/fileName';

/**
 * Every plot saves itself as SVG, as PNG at a chosen scale, and its data as CSV. Each
 * registered widget's first plot is saved in all three on its presentation page
 * (widgets.spec.ts), under the built page's Content-Security-Policy
 * (scripts/contentSecurityPolicy.ts), so an export that needed an inline script or a
 * request beyond the page would fail there; export.spec.ts covers a PNG that fails.
 */

/** The widget's first plot: its figure, the SVG (named by its title) and that title. */
export async function firstPlot(region: Locator) {
  const figure = region.getByRole('figure').first();
  const svg = figure.getByRole('img').first();
  const title = await svg.evaluate((element) => element.querySelector('title')?.textContent ?? '');
  expect(title, 'the plot has a title').not.toBe('');
  return { figure, svg, title };
}

/** Presses a button (by keyboard or mouse) and reads the file it downloads. */
export async function download(page: Page, button: Locator, by: 'keyboard' | 'mouse' = 'mouse') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    by === 'keyboard' ? button.press('Enter') : button.click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Minimal RFC 4180 reader: fields in double quotes may hold commas, quotes ("") and line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

// Compared between the plot on the page and the saved file shown outside it.
const STYLE_PROPERTIES = [
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'fill',
  'fill-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
];

/**
 * Saves the widget's first plot as SVG (by keyboard), as PNG at 2× and its data as CSV,
 * and checks each file: the SVG well-formed, stand-alone and styled like the plot on the
 * page, the PNG twice the plot's size, the CSV headed by the axis labels with finite
 * numbers in every row.
 */
export async function expectFirstPlotExports(page: Page, region: Locator) {
  const { figure, svg, title } = await firstPlot(region);
  const box = (await svg.boundingBox())!;
  const size = { width: Math.round(box.width), height: Math.round(box.height) };

  // SVG, by keyboard: well-formed, stand-alone, and styled like the plot on the page.
  const svgFile = await download(
    page,
    figure.getByRole('button', { name: `Download SVG of ${title}`, exact: true }),
    'keyboard',
  );
  expect(svgFile.name).toBe(fileName(title, 'svg'));
  const text = svgFile.bytes.toString('utf8');
  expect(text).toMatch(/^<\?xml [^>]*\?>\s*<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const parsed = await page.evaluate((source) => {
    const root = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    return {
      error: root.ownerDocument.querySelector('parsererror')?.textContent ?? null,
      namespace: root.namespaceURI,
      size: {
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
      },
      shapes: root.querySelectorAll('path, line, circle, rect').length,
      stroked: root.querySelectorAll('[style*="stroke:"]').length,
      classed: root.querySelectorAll('[class]').length,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
  expect(parsed.size).toEqual(size);
  expect(parsed.shapes, 'shapes beside the background').toBeGreaterThan(1);
  expect(parsed.stroked, 'elements with an inline stroke').toBeGreaterThan(0);
  expect(parsed.classed, 'class attributes left for a foreign style sheet').toBe(0);
  // Shown in a shadow root, where the book's style sheet does not reach, every element
  // of the file looks as it does on the page.
  const differences = await svg.evaluate(
    (onScreen, { source, properties }) => {
      const host = document.createElement('div');
      const shadow = host.attachShadow({ mode: 'open' });
      const file = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
      shadow.append(document.importNode(file, true));
      document.body.append(host);
      try {
        const saved = shadow.querySelector('svg')!;
        saved.querySelector('title + rect')?.remove(); // the background, not on the page
        const theirs = [saved, ...saved.querySelectorAll('*')];
        const ours = [onScreen, ...onScreen.querySelectorAll('*')];
        if (theirs.length !== ours.length) {
          return [`${ours.length} elements on the page, ${theirs.length} in the file`];
        }
        return ours.flatMap((element, i) => {
          const a = getComputedStyle(element);
          const b = getComputedStyle(theirs[i]!);
          return properties
            .filter((p) => a.getPropertyValue(p) !== b.getPropertyValue(p))
            .map(
              (p) =>
                `<${element.localName}> #${i} ${p}: ${a.getPropertyValue(p)} on the page, ${b.getPropertyValue(p)} in the file`,
            );
        });
      } finally {
        host.remove();
      }
    },
    { source: text, properties: STYLE_PROPERTIES },
  );
  expect(differences, differences.slice(0, 10).join('\n')).toEqual([]);

  // PNG at 2×: a PNG twice the plot's on-screen size.
  await figure.getByLabel(`PNG scale for ${title}`, { exact: true }).selectOption({ label: '2×' });
  const png = await download(
    page,
    figure.getByRole('button', { name: `Download PNG of ${title}`, exact: true }),
  );
  expect(png.name).toBe(fileName(title, 'png'));
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect({ width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) }).toEqual({
    width: 2 * size.width,
    height: 2 * size.height,
  });

  // CSV: a BOM, the axis labels as the plot shows them (units included), finite numbers.
  const csv = await download(
    page,
    figure.getByRole('button', { name: `Download CSV of the data of ${title}`, exact: true }),
  );
  expect(csv.name).toBe(fileName(title, 'csv'));
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(csv.bytes.subarray(3).toString('utf8'));
  // The label as written (V_m): the plot sets the m as a subscript, the CSV keeps V_m.
  const axisLabel = async (orient: 'bottom' | 'left') => {
    const label = svg.locator(`.axis-${orient} .axis-label`);
    return (await label.count()) ? await label.getAttribute('data-label') : null;
  };
  expect(header).toEqual([
    'series',
    (await axisLabel('bottom')) ?? 'x',
    (await axisLabel('left')) ?? 'y',
  ]);
  expect(rows.length, 'data rows').toBeGreaterThan(0);
  const bad = rows.filter(
    (row) =>
      row.length !== 3 ||
      !row[0] ||
      row.slice(1).some((v) => v === '' || !Number.isFinite(Number(v))),
  );
  expect(bad, bad.slice(0, 5).join('\n')).toEqual([]);
  // Every line's data is under the name the plot gives it (its legend's), none "series 3".
  const lineNames = await svg
    .locator('.mark-line')
    .evaluateAll((lines) => lines.map((line) => line.getAttribute('data-label')));
  const seriesNames = new Set(rows.map((row) => row[0]));
  expect(
    lineNames.filter((name) => !name || !seriesNames.has(name.replace(/^([=+\-@])/, "'$1"))),
  ).toEqual([]);

  await expect(figure.getByRole('status')).toHaveText('');
}
