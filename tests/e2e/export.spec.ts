import { expect, test } from '@playwright/test';
import { guardPage } from './pageGuards';
import { download, firstPlot } from './plotExport';
import { openWidget, WIDGETS } from './widgets';

// Each widget's first plot is saved as SVG, PNG and CSV on its presentation page, in the
// test that opens that page (widgets.spec.ts, with expectFirstPlotExports).

test('a PNG that cannot be drawn is reported politely in its figure, and SVG still saves', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL);
  const region = await openWidget(page, 'present', WIDGETS[0]!);
  const { figure, title } = await firstPlot(region);
  const downloads: string[] = [];
  page.on('download', (file) => downloads.push(file.suggestedFilename()));
  // The image of the plot fails to load, as it would in a browser that cannot decode it.
  await page.evaluate(() => {
    HTMLImageElement.prototype.decode = () =>
      Promise.reject(new DOMException('The source image cannot be decoded.', 'EncodingError'));
  });

  await figure.getByRole('button', { name: `Download PNG of ${title}`, exact: true }).click();
  const status = figure.getByRole('status');
  await expect(status).toHaveText(
    'The PNG file could not be made (The source image cannot be decoded). The SVG file may still work.',
  );
  expect(downloads).toEqual([]);

  // The next file that saves clears the message.
  await download(
    page,
    figure.getByRole('button', { name: `Download SVG of ${title}`, exact: true }),
  );
  await expect(status).toHaveText('');
  guard.check(testInfo);
});
