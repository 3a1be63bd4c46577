import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { filterQuotes, NO_FILTERS, type QuoteFilters } from '../../src/corpus/filter-quotes.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import {
  buildExport,
  EXPORT_CHUNK,
  exportGraph,
  type ExportRequest,
} from '../../src/loader/export-data.ts';
import { focusSubgraph, thinGraph } from '../../src/graph/explore-subgraph.ts';
import { GRAPH_PALETTES } from '../../src/theme/palette.ts';
import { hubCorpus, repostCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

const corpus = validateCorpus(smallCorpus());
const articlesById = new Map(corpus.articles.map((a) => [a.id, a]));

function request(format: ExportRequest['format'], filters: QuoteFilters = NO_FILTERS) {
  return {
    format,
    filters,
    hideUnknown: false,
    permalinkBase: 'http://localhost/',
    corpusLabel: 'corpus.json',
    filterLabel: '',
  } satisfies ExportRequest;
}

describe('buildExport', () => {
  it('writes a large quotes file in chunks, answering other work between them', async () => {
    const big = validateCorpus(hubCorpus(2 * EXPORT_CHUNK + 10));
    let turns = 0;
    const ticking = setInterval(() => (turns += 1), 0);
    const csv = await buildExport(big, request('csv'));
    const json = await buildExport(big, request('json'));
    clearInterval(ticking);
    // Timers ran while the files were being made: the thread was not held for the whole of them.
    expect(turns).toBeGreaterThan(2);
    expect(csv.data).toBeInstanceOf(Blob);
    const bytes = new Uint8Array(await (csv.data as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte order mark
    const rows = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id)).toEqual(big.quotes.map((q) => q.id));
    const doc = JSON.parse(await (json.data as Blob).text()) as {
      count: number;
      quotes: { id: string }[];
    };
    expect(doc.count).toBe(big.quotes.length);
    expect(doc.quotes.map((q) => q.id)).toEqual(big.quotes.map((q) => q.id));
  });

  it('exports the quotes the explorer shows under the filters', async () => {
    const filters = { ...NO_FILTERS, outlet: 'RT' };
    const csv = await buildExport(corpus, request('csv', filters));
    expect(csv.mime).toBe('text/csv;charset=utf-8');
    const rows = Papa.parse<Record<string, string>>(String(csv.data).slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const expected = filterQuotes(corpus.quotes, articlesById, filters);
    expect(rows.map((r) => r.id)).toEqual(expected.map((q) => q.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(corpus.quotes.length);
  });

  it('exports the graph drawn: without the unknown speaker when it is hidden', async () => {
    const all = parseGexf(Graph, String((await buildExport(corpus, request('gexf'))).data));
    const hidden = parseGexf(
      Graph,
      String((await buildExport(corpus, { ...request('gexf'), hideUnknown: true })).data),
    );
    expect(all.hasNode('unknown')).toBe(true);
    expect(hidden.hasNode('unknown')).toBe(false);
    expect(hidden.order).toBe(all.order - 1);
    // Every node has the view's position (the corpus has no layout: the deterministic one).
    all.forEachNode((_id, attrs) => expect(Number.isFinite(attrs.x)).toBe(true));
  });

  it('exports the explored graph: focus and minimum quotes as the explorer applies them', async () => {
    const base = request('gexf');
    const graph = exportGraph(corpus, base);
    const hub = [...graph.nodes].sort((a, b) => b.quotedCount - a.quotedCount)[0];
    if (!hub) throw new Error('empty graph');
    const focus = { id: hub.id, depth: 1 as const, direction: 'both' as const };
    const focused = exportGraph(corpus, { ...base, focus });
    expect(focused).toEqual(focusSubgraph(graph, focus));
    expect(focused.nodes.length).toBeLessThan(graph.nodes.length);
    const thinned = exportGraph(corpus, { ...base, minQuotes: 2 });
    expect(thinned).toEqual(thinGraph(graph, { minQuotes: 2, kinds: null, hideUnknown: false }));
    expect(thinned.edges.every((e) => e.quoteIds.length >= 2)).toBe(true);
    const gexf = parseGexf(Graph, String((await buildExport(corpus, { ...base, focus })).data));
    expect(gexf.order).toBe(focused.nodes.length);
  });

  it('exports the quotes of the explored view: a focus keeps its actor said and about', async () => {
    const base = request('csv');
    const graph = exportGraph(corpus, base);
    const hub = [...graph.nodes].sort((a, b) => b.quotedCount - a.quotedCount)[0];
    if (!hub) throw new Error('empty graph');
    const focus = { id: hub.id, depth: 1 as const, direction: 'both' as const };
    const csv = await buildExport(corpus, { ...base, focus });
    const ids = Papa.parse<Record<string, string>>(String(csv.data).slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data.map((r) => r.id);
    const expected = corpus.quotes
      .filter((q) => q.speakerId === hub.id || q.mentions.includes(hub.id))
      .map((q) => q.id);
    expect(ids).toEqual(expected);
    expect(expected.length).toBeLessThan(corpus.quotes.length);
    // Thinning by kind keeps only quotes on links between actors of that kind.
    const people = await buildExport(corpus, { ...request('json'), kinds: ['person'] });
    const kept = (JSON.parse(String(people.data)) as { quotes: { id: string }[] }).quotes;
    const kinds = new Map(corpus.actors.map((a) => [a.id, a.kind]));
    for (const { id } of kept) {
      const quote = corpus.quotes.find((q) => q.id === id);
      expect(quote && kinds.get(quote.speakerId)).toBe('person');
    }
    expect(kept.length).toBeLessThan(corpus.quotes.length);
  });

  it('counts distinct statements unless reports are asked for', () => {
    const reposts = validateCorpus(repostCorpus());
    const weight = (g: ReturnType<typeof exportGraph>) =>
      g.edges.reduce((sum, e) => sum + e.quoteIds.length, 0);
    const statements = exportGraph(reposts, request('gexf'));
    const reports = exportGraph(reposts, { ...request('gexf'), countReports: true });
    expect(weight(statements)).toBeLessThan(weight(reports));
  });

  it('draws an SVG of the given view, and refuses one without a view', async () => {
    const picture = {
      transform: { k: 1, x: 400, y: 300 },
      width: 800,
      height: 600,
      palette: GRAPH_PALETTES.dark,
    };
    const svg = String((await buildExport(corpus, { ...request('svg'), picture })).data);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement?.getAttribute('width')).toBe('800');
    expect(svg).toContain(GRAPH_PALETTES.dark.background);
    await expect(buildExport(corpus, request('svg'))).rejects.toThrow(/needs the view/);
    // Without a canvas (Node) a PNG cannot be made, and says so.
    await expect(buildExport(corpus, { ...request('png'), picture })).rejects.toThrow(
      /cannot draw/,
    );
  });
});
