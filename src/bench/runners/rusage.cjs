// Preloaded with `node -r` by the benchmark: at exit, writes the process's CPU time and peak
// memory to the file named by $BENCH_RUSAGE, so every measured command reports the same way.
'use strict';
const { writeFileSync } = require('node:fs');
const file = process.env.BENCH_RUSAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: usage.maxRSS }));
  });
}
