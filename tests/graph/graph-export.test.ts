import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { graphToGexf, graphToGraphml, xmlEscape } from '../../src/graph/graph-export.ts';
import type { Layout } from '../../src/corpus/schema.ts';
import { NEWS_ACTORS, NEWS_QUOTES, newsQuoteDate } from '../fixtures/graph/news-network.ts';

const graph = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { quoteDate: newsQuoteDate });
const positions: Layout['positions'] = Object.fromEntries(
  graph.nodes.map((n, i) => [n.id, [i * 10.5, -i * 3.25] as [number, number]]),
);
const meta = { corpus: 'news.json', filters: 'outlet "RT" & co' };

function expectSameGraph(parsed: Graph, yKey: string, xKey: string) {
  expect(parsed.type).toBe('directed');
  expect(parsed.order).toBe(graph.nodes.length);
  expect(parsed.size).toBe(graph.edges.length);
  for (const n of graph.nodes) {
    const attrs = parsed.getNodeAttributes(n.id);
    expect(attrs.label).toBe(n.name);
    expect(attrs.kind).toBe(n.kind);
    expect(attrs.quoted).toBe(n.quotedCount);
    expect(attrs.mentioned).toBe(n.mentionedCount);
    const [x, y] = positions[n.id] ?? [NaN, NaN];
    expect(attrs[xKey]).toBeCloseTo(x, 2);
    // y points up in the files, as network tools expect.
    expect(attrs[yKey]).toBeCloseTo(-y, 2);
  }
  for (const e of graph.edges) {
    expect(parsed.source(e.id)).toBe(e.source);
    expect(parsed.target(e.id)).toBe(e.target);
    const attrs = parsed.getEdgeAttributes(e.id);
    expect(attrs.weight).toBe(e.quoteIds.length);
    expect(String(attrs.quote_ids).split(' ')).toEqual(e.quoteIds);
  }
}

describe('graphToGexf', () => {
  it('parses with graphology-gexf: nodes, edges, weights and attributes survive', () => {
    const text = graphToGexf(graph, positions, meta);
    expect(text).toContain('version="1.3"');
    const parsed = parseGexf(Graph, text);
    expectSameGraph(parsed, 'y', 'x');
  });

  it('is well-formed XML with the description escaped', () => {
    const doc = new DOMParser().parseFromString(graphToGexf(graph, positions, meta), 'text/xml');
    expect(doc.getElementsByTagName('description')[0]?.textContent).toContain('outlet "RT" & co');
  });
});

describe('graphToGraphml', () => {
  it('parses with graphology-graphml: nodes, edges, weights and attributes survive', () => {
    const parsed = parseGraphml(Graph, graphToGraphml(graph, positions, meta));
    expectSameGraph(parsed, 'y', 'x');
  });

  it('leaves out the position of a node that has none', () => {
    const first = graph.nodes[0]?.id;
    const rest = Object.fromEntries(Object.entries(positions).filter(([id]) => id !== first));
    const parsed = parseGraphml(Graph, graphToGraphml(graph, rest, meta));
    expect(parsed.getNodeAttribute(first, 'x')).toBeUndefined();
  });
});

describe('xmlEscape', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape('<a href="x">&\'\u0001</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
    );
  });
});
