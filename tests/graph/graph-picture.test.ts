import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it, vi } from 'vitest';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { fitTransform } from '../../src/graph/coordinates.ts';
import { buildGraphScene } from '../../src/graph/graph-scene.ts';
import { graphPicture } from '../../src/graph/graph-picture.ts';
import { paintPicture, type PictureContext } from '../../src/graph/picture-paint.ts';
import { graphToSvg } from '../../src/graph/picture-svg.ts';
import { layoutGraph } from '../../src/graph/layout-graph.ts';
import { KIND_LABELS } from '../../src/graph/node-style.ts';
import { GRAPH_PALETTES } from '../../src/theme/palette.ts';
import { NEWS_ACTORS, NEWS_QUOTES, newsQuoteDate } from '../fixtures/graph/news-network.ts';

const graph = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { quoteDate: newsQuoteDate });
const { positions } = layoutGraph(graph);
const measure = (_font: string, text: string) => text.length * 7;

function pictureOptions(k?: number) {
  const scene = buildGraphScene(graph, graph, positions);
  if (!scene.bounds) throw new Error('scene has bounds');
  const fitted = fitTransform(scene.bounds, 900, 600, { padding: 48, maxScale: 2.5 });
  const transform = k === undefined ? fitted : { k, x: 450, y: 300 };
  return {
    scene,
    transform,
    width: 900,
    height: 600,
    palette: GRAPH_PALETTES.light,
    measure,
    title: 'News <network>',
  };
}

function picture(k?: number) {
  const options = pictureOptions(k);
  const { scene } = options;
  const out = graphToSvg(options);
  const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml');
  const group = (name: string) =>
    [...doc.getElementsByTagName('g')].find((g) => g.getAttribute('class') === name);
  return { out, doc, group, scene };
}

describe('graphToSvg', () => {
  it('is a text-based SVG of the view: one <text> per label, a circle per node in view', () => {
    const { out, doc, group } = picture();
    const svg = doc.documentElement;
    expect(svg?.getAttribute('width')).toBe('900');
    expect(svg?.getAttribute('height')).toBe('600');
    expect(doc.getElementsByTagName('image')).toHaveLength(0);
    const labels = [...(group('labels')?.getElementsByTagName('text') ?? [])].map(
      (t) => t.textContent,
    );
    expect(labels).toHaveLength(out.labels);
    expect(new Set(labels).size).toBe(labels.length);
    const names = new Set(graph.nodes.map((n) => n.name));
    for (const label of labels) expect(names.has(label ?? '')).toBe(true);
    // Fitted, every node is in view, and this small network has room for every name.
    expect(group('nodes')?.getElementsByTagName('circle')).toHaveLength(graph.nodes.length);
    expect(out.labels).toBe(graph.nodes.length);
    expect(out.edges).toBe(graph.edges.length);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('News <network>');
  });

  it('has the legend, in text', () => {
    const { group } = picture();
    const legend = [...(group('legend')?.getElementsByTagName('text') ?? [])].map(
      (t) => t.textContent,
    );
    for (const [, label] of KIND_LABELS) expect(legend).toContain(label);
    expect(legend).toContain('Arrow: speaker → actor mentioned');
  });

  it('shows the view at its zoom: zoomed in, nodes out of view are left out', () => {
    const { out, scene } = picture(12);
    expect(out.nodes).toBeLessThan(scene.nodes.length);
    expect(out.labels).toBeLessThanOrEqual(out.nodes);
  });
});

describe('paintPicture', () => {
  it('paints the same shapes as the SVG: every label and legend text, every circle', () => {
    // Node has no canvas: a recording context, and Path2D keeping its path data.
    vi.stubGlobal(
      'Path2D',
      class {
        constructor(readonly d: string) {}
      },
    );
    const calls: { name: string; args: unknown[] }[] = [];
    const ctx = new Proxy(
      {},
      {
        get:
          (_target, name: string) =>
          (...args: unknown[]) =>
            calls.push({ name, args }),
        set: () => true,
      },
    ) as unknown as PictureContext;
    const { out } = picture();
    const painted = graphPicture({ ...pictureOptions(), measure });
    paintPicture(ctx, painted, 2);
    vi.unstubAllGlobals();
    const texts = calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]);
    const itemTexts = painted.items.flatMap((i) => (i.type === 'text' ? [i.text] : []));
    expect(texts).toEqual(itemTexts);
    expect(painted.labels).toBe(out.labels);
    const circles = painted.items.filter((i) => i.type === 'circle').length;
    expect(calls.filter((c) => c.name === 'arc')).toHaveLength(circles);
    expect(calls[0]).toEqual({ name: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
  });
});
