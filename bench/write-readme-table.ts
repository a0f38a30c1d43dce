// `npm run bench:readme`: the README's performance table, regenerated from bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BenchResults, readmeTable } from './report/readme-table.js';

const START = '<!-- bench:table:start (npm run bench:readme writes this table from bench/results.json) -->';
const END = '<!-- bench:table:end -->';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const results = JSON.parse(
  readFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), 'utf8'),
) as BenchResults;
const readme = readFileSync(readmePath, 'utf8');
const [start, end] = [readme.indexOf(START), readme.indexOf(END)];
if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section to write the table into`);
writeFileSync(
  readmePath,
  `${readme.slice(0, start + START.length)}\n\n${readmeTable(results)}\n\n${readme.slice(end)}`,
);
console.log(`README.md: the performance table of ${results.date.slice(0, 10)}`);
