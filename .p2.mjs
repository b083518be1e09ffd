import { readFileSync } from 'node:fs';
const t0 = performance.now();
const text = readFileSync(process.argv[2], 'utf8');
// hand scanner: count cells and rows
let rows = 0, cells = 0; const n = text.length; let i = 0; let row = [];
while (i < n) {
  let c = text.charCodeAt(i);
  let value;
  if (c === 34) { // quoted
    let j = i + 1; let parts = ''; let start = j;
    for (;;) {
      const q = text.indexOf('"', j);
      if (q < 0) throw new Error('unbalanced');
      if (text.charCodeAt(q + 1) === 34) { parts += text.slice(start, q + 1); j = q + 2; start = j; continue; }
      value = parts + text.slice(start, q); i = q + 1; break;
    }
  } else {
    let j = i;
    while (j < n) { const d = text.charCodeAt(j); if (d === 44 || d === 10 || d === 13) break; j++; }
    value = text.slice(i, j); i = j;
  }
  row.push(value); cells++;
  c = text.charCodeAt(i);
  if (c === 44) { i++; continue; }
  if (c === 13) i++;
  i++; rows++; row = [];
}
console.log(rows, cells, (performance.now() - t0).toFixed(0), 'ms', (process.memoryUsage().rss/2**20).toFixed(0));
