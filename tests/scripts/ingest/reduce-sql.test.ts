// @vitest-environment node
import { DuckDBInstance } from '@duckdb/node-api';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorpusJson } from '../../../src/corpus/parse-corpus.ts';
import { buildActorGraph } from '../../../src/graph/build-actor-graph.ts';
import { cliBundle } from './cli-bundle.ts';

// The map/reduce split of docs/scale.md: the CLI's `--shards` output reduced by the SQL of
// scripts/ingest/sql/reduce-graph.sql in DuckDB gives the graph the app builds in TypeScript.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SQL = readFileSync(join(ROOT, 'scripts/ingest/sql/reduce-graph.sql'), 'utf8');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-reduce-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('reduce-graph.sql over the seeds shards', { timeout: 120_000 }, () => {
  it('yields the same actors, counts and links as buildActorGraph', async () => {
    const out = join(dir, 'corpus.json');
    const shards = join(dir, 'shards');
    const r = spawnSync(
      process.execPath,
      [cliBundle(), join(ROOT, 'data/articles'), '--out', out, '--shards', shards],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const corpus = parseCorpusJson(readFileSync(out, 'utf8'));
    const dates = new Map(corpus.articles.map((a) => [a.id as string, a.date]));
    const expected = buildActorGraph(corpus.actors, corpus.quotes, {
      includeIsolated: true,
      quoteDate: (q) => dates.get(q.articleId),
    });
    expect(expected.edges.length).toBeGreaterThan(0);

    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const json = (glob: string, columns: string): string =>
      `read_json('${join(shards, glob)}', format = 'newline_delimited', columns = {${columns}})`;
    await conn.run(
      `CREATE VIEW quotes AS SELECT * FROM ${json('quotes-*.ndjson', "seq: 'BIGINT', id: 'VARCHAR', speaker_id: 'VARCHAR', mentions: 'VARCHAR[]', date: 'VARCHAR'")}`,
    );
    await conn.run(
      `CREATE VIEW actors AS SELECT * FROM ${json('actors.ndjson', "seq: 'BIGINT', id: 'VARCHAR', name: 'VARCHAR', kind: 'VARCHAR'")}`,
    );
    await conn.run(SQL);
    const nodes = (
      await conn.runAndReadAll(
        'SELECT id, name, kind, quoted_count, mentioned_count FROM graph_nodes ORDER BY seq',
      )
    ).getRowObjectsJson();
    const edges = (
      await conn.runAndReadAll(
        'SELECT source, target, quote_ids FROM graph_edges ORDER BY source_seq, target_seq',
      )
    ).getRowObjectsJson();
    conn.closeSync();

    expect(nodes).toEqual(
      expected.nodes.map((n) => ({
        id: n.id,
        name: n.name,
        kind: n.kind,
        quoted_count: String(n.quotedCount),
        mentioned_count: String(n.mentionedCount),
      })),
    );
    expect(edges).toEqual(
      expected.edges.map((e) => ({ source: e.source, target: e.target, quote_ids: e.quoteIds })),
    );
  });
});
