import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
const physics = physicsBenchmark();
console.log('Physics throughput');
for (const [key, value] of Object.entries(physics)) console.log(`  ${key}: ${format(value)}`);
results.physics = { date: new Date().toISOString(), machine, ...physics };
writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwritten to ${resultsPath}`);
