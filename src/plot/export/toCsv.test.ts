import { describe, expect, test } from 'vitest';
import { toCsv } from './toCsv';

/** The CSV's lines without the byte order mark. */
function lines(csv: string): string[] {
  return csv.slice(1).split('\r\n');
}

describe('toCsv', () => {
  test('heads the columns with series and the axis labels as given, units included', () => {
    const csv = toCsv({ x: 'V_m (mV)', y: 'I (µA/cm²)', series: [] });
    expect(lines(csv)[0]).toBe('series,V_m (mV),I (µA/cm²)');
  });

  test('calls a missing axis x or y', () => {
    expect(lines(toCsv({ x: 'time (ms)', series: [] }))[0]).toBe('series,time (ms),y');
  });

  test('starts with a UTF-8 byte order mark, so spreadsheets read µ and ⁺', () => {
    const csv = toCsv({ x: '[K⁺] (mM)', y: 'E (mV)', series: [] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  test('writes values in full with String(), one CRLF-ended row per point', () => {
    const csv = toCsv({
      x: 'x',
      y: 'y',
      series: [
        {
          name: 'a',
          points: [
            [0.1 + 0.2, -95.123456789012],
            [1e-7, 2.5e21],
          ],
        },
      ],
    });
    expect(csv).toBe(
      '\uFEFFseries,x,y\r\na,0.30000000000000004,-95.123456789012\r\na,1e-7,2.5e+21\r\n',
    );
  });

  test('skips points with a non-finite coordinate', () => {
    const csv = toCsv({
      series: [
        {
          name: 'gaps',
          points: [
            [1, 2],
            [2, Number.NaN],
            [Number.POSITIVE_INFINITY, 3],
            [3, Number.NEGATIVE_INFINITY],
            [4, 5],
          ],
        },
      ],
    });
    expect(lines(csv)).toEqual(['series,x,y', 'gaps,1,2', 'gaps,4,5', '']);
  });

  test('quotes fields with commas, quotes or line breaks, doubling inner quotes', () => {
    const csv = toCsv({
      x: 'flux, pmol/(cm²·s)',
      y: 'the "net" value',
      series: [{ name: 'two\nlines', points: [[1, 2]] }],
    });
    expect(csv.slice(1)).toBe(
      'series,"flux, pmol/(cm²·s)","the ""net"" value"\r\n"two\nlines",1,2\r\n',
    );
  });

  test('keeps text a spreadsheet would read as a formula as text, and numbers as numbers', () => {
    const csv = toCsv({
      x: '=time',
      y: '@V',
      series: [
        { name: '+109.4 mV', points: [[-1, -2]] },
        { name: '-95 mV', points: [[0, 1]] },
        { name: '−95 mV (U+2212)', points: [[0, 1]] },
      ],
    });
    expect(lines(csv)).toEqual([
      "series,'=time,'@V",
      "'+109.4 mV,-1,-2",
      "'-95 mV,0,1",
      '−95 mV (U+2212),0,1',
      '',
    ]);
  });

  test('lists several series in order, naming the unnamed ones by their place', () => {
    const csv = toCsv({
      x: 'x',
      y: 'y',
      series: [
        { name: 'z = 1', points: [[1, 10]] },
        {
          points: [
            [2, 20],
            [3, 30],
          ],
        },
        { points: [[4, 40]] },
      ],
    });
    expect(lines(csv)).toEqual([
      'series,x,y',
      'z = 1,1,10',
      'series 2,2,20',
      'series 2,3,30',
      'series 3,4,40',
      '',
    ]);
  });
});
