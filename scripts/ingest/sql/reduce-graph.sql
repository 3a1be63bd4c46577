-- The reduce of the ingest (docs/scale.md): the actor graph from the map's shards, as SQL that
-- DuckDB runs on one machine and Trino on a cluster (Spark SQL: write the UNNEST join as
-- LATERAL VIEW explode(mentions) m AS target).
--
-- Input views (the caller defines them over the shards written by `--shards DIR`):
--   quotes(seq BIGINT, id VARCHAR, speaker_id VARCHAR, mentions VARCHAR[], date VARCHAR)
--     one row per quote, `seq` its position in the corpus (file order), `date` its article's
--   actors(seq BIGINT, id VARCHAR, name VARCHAR, kind VARCHAR)
--     the actors of the corpus, `seq` their position (sorted by id)
--
-- Output tables: graph_nodes (one per actor) and graph_edges (one per speaker → mentioned pair,
-- its quote ids newest first, undated last, ties in corpus order), the same as
-- src/graph/build-actor-graph.ts with includeIsolated.

-- Each quote's mentions, once per mentioned actor, never the speaker itself, known actors only.
CREATE OR REPLACE TABLE graph_mentions AS
SELECT DISTINCT q.seq, q.id AS quote_id, q.speaker_id AS source, m.target, q.date
FROM quotes AS q
CROSS JOIN UNNEST(q.mentions) AS m(target)
JOIN actors AS s ON s.id = q.speaker_id
JOIN actors AS t ON t.id = m.target
WHERE m.target <> q.speaker_id;

CREATE OR REPLACE TABLE graph_nodes AS
SELECT
  a.seq,
  a.id,
  a.name,
  a.kind,
  COALESCE(qc.n, 0) AS quoted_count,
  COALESCE(mc.n, 0) AS mentioned_count
FROM actors AS a
LEFT JOIN (SELECT speaker_id, COUNT(*) AS n FROM quotes GROUP BY speaker_id) AS qc
  ON qc.speaker_id = a.id
LEFT JOIN (SELECT target, COUNT(*) AS n FROM graph_mentions GROUP BY target) AS mc
  ON mc.target = a.id;

CREATE OR REPLACE TABLE graph_edges AS
SELECT
  s.seq AS source_seq,
  t.seq AS target_seq,
  gm.source,
  gm.target,
  ARRAY_AGG(gm.quote_id ORDER BY gm.date IS NULL, gm.date DESC, gm.seq) AS quote_ids
FROM graph_mentions AS gm
JOIN actors AS s ON s.id = gm.source
JOIN actors AS t ON t.id = gm.target
GROUP BY s.seq, t.seq, gm.source, gm.target;
