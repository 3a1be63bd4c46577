/**
 * The benchmark's baseline: the same actor graph drawn the way the d3 gallery's "force-directed
 * graph" does it. One SVG <line> per link, one <circle> per node, the simulation running live in
 * the page and every tick rewriting the SVG attributes; d3-zoom transforms a <g>. Nothing here is
 * tuned: it is the usual way, so the app's figures can be read as "x times the usual way".
 *
 * Marks: `corpus:loaded` (JSON parsed), `graph:first-draw` (first tick painted), `graph:ready`
 * (the simulation's `end` event, i.e. it has cooled down: ~300 ticks with d3's defaults).
 */
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { create } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';

interface RawCorpus {
  actors: { id: string; name: string; kind: string }[];
  quotes: { speakerId: string; mentions: string[] }[];
}

interface Node extends SimulationNodeDatum {
  id: string;
  name: string;
  kind: string;
}

type Link = SimulationLinkDatum<Node>;

const COLORS: Record<string, string> = {
  person: '#4e79a7',
  organization: '#f28e2c',
  country: '#59a14f',
  unknown: '#bab0ab',
};

declare global {
  interface Window {
    __baseline?: { ticks: number; stop: () => void };
  }
}

async function main(): Promise<void> {
  const url = new URLSearchParams(location.search).get('corpus') ?? '../bench-corpus.json';
  const corpus = (await (await fetch(url)).json()) as RawCorpus;
  performance.mark('corpus:loaded');

  // Same graph as the app's unfiltered view: every actor, one link per speaker → mentioned pair.
  const nodes: Node[] = corpus.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind }));
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const q of corpus.quotes) {
    for (const m of q.mentions) {
      const key = `${q.speakerId}->${m}`;
      if (m === q.speakerId || seen.has(key)) continue;
      seen.add(key);
      links.push({ source: q.speakerId, target: m });
    }
  }

  const width = window.innerWidth;
  const height = window.innerHeight;
  const svg = create('svg').attr('viewBox', [-width / 2, -height / 2, width, height].join(' '));
  const g = svg.append('g');
  const link = g
    .append('g')
    .attr('stroke', '#999')
    .attr('stroke-opacity', 0.6)
    .selectAll('line')
    .data(links)
    .join('line')
    .attr('stroke-width', 1);
  const node = g
    .append('g')
    .attr('stroke', '#fff')
    .attr('stroke-width', 1.5)
    .selectAll('circle')
    .data(nodes)
    .join('circle')
    .attr('r', 5)
    .attr('fill', (d) => COLORS[d.kind] ?? '#999');
  node.append('title').text((d) => d.name);

  const state = { ticks: 0, stop: () => simulation.stop() };
  window.__baseline = state;
  let firstDrawn = false;
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, Link>(links).id((d) => d.id),
    )
    .force('charge', forceManyBody())
    .force('x', forceX())
    .force('y', forceY())
    .on('tick', () => {
      state.ticks++;
      link
        .attr('x1', (d) => (d.source as Node).x ?? 0)
        .attr('y1', (d) => (d.source as Node).y ?? 0)
        .attr('x2', (d) => (d.target as Node).x ?? 0)
        .attr('y2', (d) => (d.target as Node).y ?? 0);
      node.attr('cx', (d) => d.x ?? 0).attr('cy', (d) => d.y ?? 0);
      if (!firstDrawn) {
        firstDrawn = true;
        requestAnimationFrame(() => performance.mark('graph:first-draw'));
      }
    })
    .on('end', () => {
      requestAnimationFrame(() => performance.mark('graph:ready'));
    });

  svg.call(
    zoom<SVGSVGElement, undefined>()
      .scaleExtent([0.05, 20])
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, undefined>) => {
        g.attr('transform', event.transform.toString());
      }),
  );
  const root = svg.node();
  if (root) document.body.append(root);
}

void main();
