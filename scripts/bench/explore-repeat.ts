/**
 * Runs only the Explore browser measurement, `--runs` times, on a built site that already
 * holds the benchmark corpus as `bench-corpus.json` (as `npm run bench` leaves it in
 * `<out>/site`): for comparing one change to the redraws without the whole bench.
 *
 *   npx tsx scripts/bench/explore-repeat.ts --site bench-out/site --runs 5
 */
import { parseArgs } from 'node:util';
import { launchChromium, startPreview } from '../lib/browser.ts';
import { measureExploreBrowser } from './measure-explore.ts';
import { median } from './stats.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'bench-out/site' },
    corpus: { type: 'string', default: 'bench-corpus.json' },
    runs: { type: 'string', default: '5' },
  },
});
const { server, url } = await startPreview(values.site);
const browser = await launchChromium();
const base = url.endsWith('/') ? url : `${url}/`;
const all: Record<string, number[]> = {};
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const { figures, reasons } = await measureExploreBrowser(
      browser,
      `${base}?corpus=${encodeURIComponent(values.corpus)}`,
      180_000,
    );
    if (Object.keys(reasons).length) console.log(JSON.stringify(reasons));
    for (const [k, v] of Object.entries(figures)) if (v !== null) (all[k] ??= []).push(v);
    console.log(JSON.stringify(figures));
  }
  const medians = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, median(v)]));
  console.log(JSON.stringify({ medians }));
} finally {
  await browser.close();
  await server.close();
}
