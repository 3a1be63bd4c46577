import { useEffect, useMemo, useRef, type JSX } from 'react';
import type { ActorId, Layout } from '../../corpus/schema.ts';
import type { ActorGraph, EdgeId } from '../../graph/build-actor-graph.ts';
import { layoutGraph } from '../../graph/layout-graph.ts';
import { kindColor, maxNodeWeight, nodeRadiusScale, nodeWeight } from '../../graph/node-style.ts';

export interface GraphViewProps {
  /** The graph to draw (already filtered). */
  graph: ActorGraph;
  /** The unfiltered graph: positions are computed on it so filters never move nodes. */
  fullGraph: ActorGraph;
  /** Precomputed positions from the corpus, if any. */
  layout: Layout | undefined;
  selectedActorId: ActorId | null;
  selectedEdgeId: EdgeId | null;
  onSelectActor: (id: ActorId) => void;
  onSelectEdge: (id: EdgeId) => void;
}

/** Minimal first version: static canvas drawing plus the accessible actor buttons. */
export function GraphView(props: GraphViewProps): JSX.Element {
  const { graph, fullGraph, layout, selectedActorId, onSelectActor } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const positions = useMemo(
    () => (layout ?? layoutGraph(fullGraph)).positions,
    [layout, fullGraph],
  );
  const radiusOf = useMemo(() => nodeRadiusScale(maxNodeWeight(fullGraph.nodes)), [fullGraph]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const width = canvas.clientWidth || 800;
    const height = canvas.clientHeight || 600;
    canvas.width = width;
    canvas.height = height;
    ctx.clearRect(0, 0, width, height);
    ctx.save();
    ctx.translate(width / 2, height / 2);
    ctx.strokeStyle = '#94a3b8';
    for (const edge of graph.edges) {
      const s = positions[edge.source];
      const t = positions[edge.target];
      if (!s || !t) continue;
      ctx.beginPath();
      ctx.moveTo(s[0], s[1]);
      ctx.lineTo(t[0], t[1]);
      ctx.stroke();
    }
    for (const node of graph.nodes) {
      const p = positions[node.id];
      if (!p) continue;
      ctx.fillStyle = kindColor(node.kind);
      ctx.beginPath();
      ctx.arc(p[0], p[1], radiusOf(nodeWeight(node)), 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.restore();
    performance.mark('graph:ready');
  }, [graph, positions, radiusOf]);

  return (
    <section aria-label="Actor network">
      <canvas ref={canvasRef} style={{ width: '100%', height: 480 }} />
      <button type="button">Fit to view</button>
      <ul>
        {graph.nodes.map((node) => (
          <li key={node.id}>
            <button
              type="button"
              aria-pressed={node.id === selectedActorId}
              onClick={() => onSelectActor(node.id)}
            >
              {`${node.name}, ${node.kind}, ${node.quotedCount} quotes, ${node.mentionedCount} mentions`}
            </button>
          </li>
        ))}
      </ul>
      <p>Node size: quotes. Colour: kind. Arrow: speaker → mentioned actor.</p>
    </section>
  );
}
