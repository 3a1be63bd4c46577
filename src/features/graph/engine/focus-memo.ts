import type { GraphScene } from '../../../graph/graph-scene.ts';
import { frameFocus, type FrameFocus, type PointedAt } from '../../../graph/view-focus.ts';

/**
 * The last frame's focus. A hub's neighbourhood is thousands of ids: it is worked out once per
 * scene and pointing, not in every frame of a pan.
 */
export class FocusMemo {
  #last: { scene: GraphScene; at: PointedAt; focus: FrameFocus } | null = null;

  /** The focus of `scene` for `at`; recomputed only when the scene or a field of `at` changed. */
  focus(scene: GraphScene, at: PointedAt): FrameFocus {
    const last = this.#last;
    const same =
      last !== null &&
      last.scene === scene &&
      (Object.keys(at) as (keyof PointedAt)[]).every((key) => last.at[key] === at[key]);
    const focus = same ? last.focus : frameFocus(scene, at);
    this.#last = { scene, at, focus };
    return focus;
  }
}
