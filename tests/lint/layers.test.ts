import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Probes of the layer zones in eslint.config.js: each snippet is linted as if it lived at
// `filePath` (nothing is written to disk), with the project's real config. If a zone or the
// cycle rule is dropped or mistyped, the illegal import passes and the test fails.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** Rule ids ESLint reports for `code` placed at `filePath` (relative to the repo root). */
async function rulesReported(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

// The first probe pays ESLint's start-up (type-aware resolver, 2–5 s on a busy machine).
describe('layer zones', { timeout: 30_000 }, () => {
  it('rejects a feature importing another feature', async () => {
    const rules = await rulesReported(
      'src/features/search/probe.ts',
      "export { GraphView } from '../graph/graph-view.tsx';\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('rejects the contract importing the graph', async () => {
    const rules = await rulesReported(
      'src/corpus/schema.ts',
      "export { buildActorGraph } from '../graph/build-actor-graph.ts';\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('rejects an import cycle inside one layer', async () => {
    // hit-test.ts imports edge-geometry.ts, so this import closes a loop (no zone is crossed).
    const rules = await rulesReported(
      'src/graph/edge-geometry.ts',
      "export { buildNodeHitIndex } from './hit-test.ts';\n",
    );
    expect(rules).toEqual(['import-x/no-cycle']);
  });

  it('rejects a shared component importing the graph', async () => {
    const rules = await rulesReported(
      'src/components/probe.ts',
      "export { buildActorGraph } from '../graph/build-actor-graph.ts';\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('rejects a CLI importing the tests', async () => {
    const rules = await rulesReported(
      'scripts/bench/probe.ts',
      "export { smallCorpus } from '../../tests/fixtures/corpus/fixtures.ts';\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('rejects the utility layer importing any other layer', async () => {
    const rules = await rulesReported(
      'src/lib/probe.ts',
      "export { parseEdgeId } from '../corpus/edge-id.ts';\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('accepts the imports the layer order allows', async () => {
    const rules = await rulesReported(
      'src/features/search/probe.ts',
      [
        "export { buildActorGraph } from '../../graph/build-actor-graph.ts';",
        "export { parseEdgeId } from '../../corpus/edge-id.ts';",
        "export { loadCorpus } from '../../loader/load-corpus.ts';",
        "export { seededRandom } from '../../lib/seeded-random.ts';",
        '',
      ].join('\n'),
    );
    expect(rules).toEqual([]);
  });
});

describe('layer zones: the utility layer', { timeout: 30_000 }, () => {
  it('is open to the extractor, whose zone allows only the contract', async () => {
    const rules = await rulesReported(
      'src/ingest/probe.ts',
      "export { seededRandom } from '../lib/seeded-random.ts';\n",
    );
    expect(rules).toEqual([]);
  });
});
