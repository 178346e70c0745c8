import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browserBenchmark } from './browser';
import type { Latency } from './latency';
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
  const ms = (v: number) => v.toFixed(1).padStart(6);
  const kb = (v: number) => (v / 1024).toFixed(1).padStart(6);
  console.log(
    `\nSlider latency, ms (CPU throttled ×${browser.cpuThrottle}, ${browser.stepsPerRoute} steps)`,
  );
  console.log(
    `  ${'route'.padEnd(24)}   handlers p50    p95 | frame p50    p95 | results p50    p95 | long tasks`,
  );
  const row = (name: string, l: Latency) =>
    console.log(
      `  ${name.padEnd(24)} ${ms(l.handlersP50)} ${ms(l.handlersP95)} |  ${ms(l.frameP50)} ${ms(l.frameP95)} |    ${ms(l.resultsP50)} ${ms(l.resultsP95)} | ${l.longTasks}`,
    );
  row('vanilla (400-pt path)', browser.vanilla400PointPath);
  row('React (same page)', browser.react400PointPath);
  for (const [route, latency] of Object.entries(browser.latency)) row(route, latency);

  console.log(
    `\nFirst visit, gzip kB (bare React page: ${kb(browser.bareReactJsGzipBytes)} kB of JS); first control, ms (CPU ×${browser.cpuThrottle})`,
  );
  console.log(`  ${'route'.padEnd(24)}     JS  ×bare    CSS  fonts  other  total | first control`);
  for (const [route, v] of Object.entries(browser.firstVisit)) {
    console.log(
      `  ${route.padEnd(24)} ${kb(v.js)} ${v.jsVsBareReact.toFixed(2).padStart(6)} ${kb(v.css)} ${kb(v.fonts)} ${kb(v.other)} ${kb(v.total)} | ${v.firstInteractiveMs === null ? '     –' : ms(v.firstInteractiveMs)}`,
    );
  }

  console.log(
    `  offline worker's precache, downloaded after the first visit: ${browser.offlinePrecache.files} files, ${kb(browser.offlinePrecache.gzipBytes)} kB gzip`,
  );
  console.log('\nJS heap after a forced GC, MB');
  console.log(`  ${'route'.padEnd(24)} first render  500 steps  2000 steps  growth`);
  const mb = (v: number) => v.toFixed(2).padStart(10);
  for (const [route, h] of Object.entries(browser.heapMb)) {
    const steps =
      'growthMb' in h
        ? `${mb(h.after500StepsMb)} ${mb(h.after2000StepsMb)}  ${mb(h.growthMb)}`
        : '';
    console.log(`  ${route.padEnd(24)} ${mb(h.firstRenderMb)}   ${steps}`);
  }
  if (browser.rundownHeapMb) {
    console.log(
      `  run-down: ${browser.rundownHeapMb.firstRenderMb.toFixed(2)} MB at first render, ${browser.rundownHeapMb.afterTenSimulatedMinutesMb.toFixed(2)} MB after ten simulated minutes`,
    );
  }
  results.browser = { date: new Date().toISOString(), machine, ...browser };
}
