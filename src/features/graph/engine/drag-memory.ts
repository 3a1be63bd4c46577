import type { ActorId } from '../../../corpus/schema.ts';
import { moveSceneNode, reindexNodes, type GraphScene } from '../../../graph/graph-scene.ts';

/**
 * Where the reader dragged nodes to, kept per layout: a filter or a focus builds a new scene
 * of the same positions, and the dragged nodes must stay where the reader put them; a new
 * layout (another corpus, a new graph) forgets them.
 */
export class DragMemory {
  #positions: unknown = null;
  #moved = new Map<ActorId, [number, number]>();

  /**
   * Re-applies the remembered moves to `scene`, built on `positions` (the layout's identity).
   * Mutates `scene`'s nodes (and its node index when anything moved); forgets every move first
   * when `positions` is not the layout the moves were made on.
   */
  apply(scene: GraphScene | null, positions: unknown): void {
    if (this.#positions !== positions) {
      this.#positions = positions;
      this.#moved = new Map();
    }
    if (!scene) return;
    for (const [id, [x, y]] of this.#moved) moveSceneNode(scene, id, x, y);
    if (this.#moved.size > 0) reindexNodes(scene);
  }

  /** Moves node `id` of `scene` to world point (x, y) and remembers it. Mutates `scene`. */
  move(scene: GraphScene, id: ActorId, x: number, y: number): void {
    moveSceneNode(scene, id, x, y);
    this.#moved.set(id, [x, y]);
  }
}
