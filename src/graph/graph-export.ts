import type { Layout } from '../corpus/schema.ts';
import type { ActorGraph } from './build-actor-graph.ts';
import { kindColor } from './node-style.ts';

/**
 * The actor graph for network tools (Gephi, Cytoscape, yEd, NetworkX): GEXF 1.3 and GraphML.
 * Nodes carry name, kind, quote counts and layout position; directed edges carry their weight
 * (quotes) and the ids of those quotes. Pure: strings out, inputs untouched, deterministic.
 */

/** What the file says about where it came from. */
export interface GraphExportMeta {
  /** The corpus address as the user gave it. */
  corpus: string;
  /** How the quotes were narrowed, in words, or "". */
  filters: string;
}

/** Escapes text for an XML attribute or element; drops characters XML 1.0 cannot hold at all. */
export function xmlEscape(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Quote ids of an edge in one attribute value: ids never hold spaces (they are slugs + `#n`). */
function quoteIdList(ids: readonly string[]): string {
  return ids.join(' ');
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * GEXF 1.3 (gexf.net/1.3): static, directed; attributes `kind`, `quoted`, `mentioned` on nodes
 * and `quote_ids` on edges; `viz:position` from the layout with y pointing up (the network
 * tools' convention: the picture is the app's, not mirrored), `viz:color` by kind.
 * Nodes without a position get none. Pure.
 */
export function graphToGexf(
  graph: ActorGraph,
  positions: Layout['positions'],
  meta: GraphExportMeta,
): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta>',
    '    <creator>Quotegraph</creator>',
    `    <description>${xmlEscape(describe(graph, meta))}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="quoted" title="quoted" type="integer"/>',
    '      <attribute id="mentioned" title="mentioned" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="quote_ids" title="quote_ids" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of graph.nodes) {
    const p = positions[n.id];
    const [r, g, b] = rgbOf(kindColor(n.kind));
    out.push(
      `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name)}">`,
      '        <attvalues>',
      `          <attvalue for="kind" value="${n.kind}"/>`,
      `          <attvalue for="quoted" value="${n.quotedCount}"/>`,
      `          <attvalue for="mentioned" value="${n.mentionedCount}"/>`,
      '        </attvalues>',
      ...(p ? [`        <viz:position x="${round(p[0])}" y="${round(-p[1])}" z="0"/>`] : []),
      `        <viz:size value="${Math.max(1, n.quotedCount + n.mentionedCount)}"/>`,
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      '      </node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of graph.edges) {
    out.push(
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${e.quoteIds.length}">`,
      '        <attvalues>',
      `          <attvalue for="quote_ids" value="${xmlEscape(quoteIdList(e.quoteIds))}"/>`,
      '        </attvalues>',
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/**
 * GraphML (graphml.graphdrawing.org), directed, with typed keys: `label`, `kind`, `quoted`,
 * `mentioned`, `x`, `y` on nodes (y pointing up, as in the GEXF), `weight` and `quote_ids` on
 * edges. Pure.
 */
export function graphToGraphml(
  graph: ActorGraph,
  positions: Layout['positions'],
  meta: GraphExportMeta,
): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${xmlEscape(describe(graph, meta))}</desc>`,
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="quoted" for="node" attr.name="quoted" attr.type="int"/>',
    '  <key id="mentioned" for="node" attr.name="mentioned" attr.type="int"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <key id="quote_ids" for="edge" attr.name="quote_ids" attr.type="string"/>',
    '  <graph id="quotegraph" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    const p = positions[n.id];
    out.push(
      `    <node id="${xmlEscape(n.id)}">`,
      `      <data key="label">${xmlEscape(n.name)}</data>`,
      `      <data key="kind">${n.kind}</data>`,
      `      <data key="quoted">${n.quotedCount}</data>`,
      `      <data key="mentioned">${n.mentionedCount}</data>`,
      ...(p
        ? [
            `      <data key="x">${round(p[0])}</data>`,
            `      <data key="y">${round(-p[1])}</data>`,
          ]
        : []),
      '    </node>',
    );
  }
  for (const e of graph.edges) {
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
      `      <data key="weight">${e.quoteIds.length}</data>`,
      `      <data key="quote_ids">${xmlEscape(quoteIdList(e.quoteIds))}</data>`,
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function describe(graph: ActorGraph, meta: GraphExportMeta): string {
  const what = `${graph.nodes.length} actors, ${graph.edges.length} links (speaker → actor mentioned) from ${meta.corpus}`;
  return meta.filters ? `${what}, ${meta.filters}` : what;
}
