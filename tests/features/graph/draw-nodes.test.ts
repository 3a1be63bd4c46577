import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorId } from '../../../src/corpus/schema.ts';
import type { GraphNode } from '../../../src/graph/build-actor-graph.ts';
import type { SceneNode } from '../../../src/graph/graph-scene.ts';
import {
  fillNodes,
  QUICK_SQUARE_RADIUS,
  RIM_MIN_RADIUS,
} from '../../../src/features/graph/draw-nodes.ts';
import { LIGHT } from '../../../src/features/graph/draw-state.ts';

// Which discs get a rim: a recording context and Path2D (no canvas in Node) show which arcs
// each fill and each stroke covers.

class RecordingPath {
  readonly arcs: number[] = [];
  readonly squares: number[][] = [];
  moveTo() {}
  arc(x: number) {
    this.arcs.push(x);
  }
  rect(x: number, y: number, w: number, h: number) {
    this.squares.push([x, y, w, h]);
  }
}

function recordingContext() {
  const ops: { op: 'fill' | 'stroke'; arcs: number[]; style: unknown }[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    fill(path: RecordingPath) {
      ops.push({ op: 'fill', arcs: path.arcs, style: this.fillStyle });
    },
    stroke(path: RecordingPath) {
      ops.push({ op: 'stroke', arcs: path.arcs, style: this.strokeStyle });
    },
    setLineDash() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, ops };
}

beforeEach(() => vi.stubGlobal('Path2D', RecordingPath));
afterEach(() => vi.unstubAllGlobals());

/** A person at (x, 50) of world radius r (drawn at zoom 1, so at least r px). */
function node(x: number, r: number): SceneNode {
  const id = `n${x}` as ActorId;
  return { id, node: { id, kind: 'person' } as GraphNode, x, y: 50, r, color: '', doubtful: false };
}

describe('fillNodes', () => {
  it('fills every disc and strokes a rim round the big ones only', () => {
    const { ctx, ops } = recordingContext();
    const small = node(10, RIM_MIN_RADIUS - 1);
    const big = node(60, RIM_MIN_RADIUS + 5);
    fillNodes(ctx, [small, big], { k: 1, x: 0, y: 0 }, 200, 100, LIGHT);
    expect(ops).toEqual([
      { op: 'fill', arcs: [10, 60], style: LIGHT.kinds.person },
      { op: 'stroke', arcs: [60], style: LIGHT.rim },
    ]);
  });

  it('strokes nothing when every disc is small', () => {
    const { ctx, ops } = recordingContext();
    fillNodes(ctx, [node(10, 1), node(30, 2)], { k: 1, x: 0, y: 0 }, 200, 100, LIGHT);
    expect(ops.map((o) => o.op)).toEqual(['fill']);
  });

  it('draws tiny dots as squares of the same area in quick frames only', () => {
    const tiny = node(10, QUICK_SQUARE_RADIUS - 0.5);
    const big = node(60, QUICK_SQUARE_RADIUS + 1);
    const quick = recordingContext();
    const paths: RecordingPath[] = [];
    vi.stubGlobal(
      'Path2D',
      class extends RecordingPath {
        constructor() {
          super();
          paths.push(this);
        }
      },
    );
    fillNodes(quick.ctx, [tiny, big], { k: 1, x: 0, y: 0 }, 200, 100, LIGHT, true);
    const discs = paths[1] as RecordingPath;
    expect(discs.arcs).toEqual([60]);
    const [x = 0, y = 0, w = 0, h = 0] = discs.squares[0] ?? [];
    expect(w * h).toBeCloseTo(Math.PI * 1.5 ** 2);
    expect([x + w / 2, y + h / 2]).toEqual([10, 50]);
    // A full frame draws the same dot as a disc.
    const full = recordingContext();
    fillNodes(full.ctx, [tiny, big], { k: 1, x: 0, y: 0 }, 200, 100, LIGHT);
    expect(full.ops[0]?.arcs).toEqual([10, 60]);
  });
});
