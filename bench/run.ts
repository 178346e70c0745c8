import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browserBenchmark } from './browser';
import { physicsBenchmark } from './physics';

// `npm run bench`: runs every benchmark, prints the figures and merges them into
// bench/results.json (one key per benchmark, with the date and machine).
const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));

function readResults(): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(resultsPath, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function format(value: unknown): string {
  if (typeof value !== 'number') return JSON.stringify(value);
  return Math.abs(value) >= 1000 ? value.toExponential(3) : value.toPrecision(4);
}

const machine = `${process.platform} ${process.arch}, node ${process.version}`;
const results = readResults();
// BENCH_ONLY=browser (or physics) runs one of the two.
const only = process.env.BENCH_ONLY;
if (only !== 'browser') {
  const physics = physicsBenchmark();
  console.log('Physics throughput');
  for (const [key, value] of Object.entries(physics)) console.log(`  ${key}: ${format(value)}`);
  results.physics = { date: new Date().toISOString(), machine, ...physics };
}

if (only !== 'physics') await runBrowser();
// A narrowed run (BENCH_ONLY, BENCH_WIDGETS) is for working on one thing; it prints but
// leaves the recorded figures alone.
if (only || process.env.BENCH_WIDGETS) {
  console.log('\nnarrowed run: bench/results.json left as it was');
} else {
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwritten to ${resultsPath}`);
}

async function runBrowser() {
  const browser = await browserBenchmark();
  console.log('\nBrowser (CPU throttled ×' + browser.cpuThrottle + ')');
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const row = (
    name: string,
    l: {
      handlersP50: number;
      handlersP95: number;
      frameP50: number;
      frameP95: number;
      longTasks: number;
    },
  ) =>
    console.log(
      `  ${name.padEnd(16)} handlers p50 ${ms(l.handlersP50)} p95 ${ms(l.handlersP95)} | next frame p50 ${ms(l.frameP50)} p95 ${ms(l.frameP95)} | long tasks ${l.longTasks}`,
    );
  row('vanilla (400 pt)', browser.vanilla400PointPath);
  for (const [id, latency] of Object.entries(browser.widgets)) row(id, latency);
  console.log(`  first-visit JS, gzip (bare React page: ${browser.bareReactJsGzipBytes} B)`);
  for (const [route, js] of Object.entries(browser.firstVisitJs)) {
    console.log(
      `  ${route.padEnd(24)} ${String(js.gzipBytes).padStart(8)} B  ×${js.vsBareReact.toFixed(2)}`,
    );
  }
  results.browser = { date: new Date().toISOString(), machine, ...browser };
}
