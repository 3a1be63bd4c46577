import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/graph/node-style.ts';
import {
  COMMUNITY_COLORS,
  communityColor,
  OTHER_COMMUNITY_COLOR,
} from '../../src/theme/community-colors.ts';
import { GRAPH_PALETTES } from '../../src/theme/palette.ts';

describe('community colours', () => {
  it('each stands out (3:1) on the light and the dark background', () => {
    for (const color of [...COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR]) {
      for (const scheme of ['light', 'dark'] as const) {
        const background = GRAPH_PALETTES[scheme].background;
        expect(contrastRatio(color, background), `${color} on ${scheme}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('are distinct, and every community past them is the shared grey', () => {
    expect(new Set(COMMUNITY_COLORS).size).toBe(COMMUNITY_COLORS.length);
    expect(communityColor(0)).toBe(COMMUNITY_COLORS[0]);
    expect(communityColor(COMMUNITY_COLORS.length)).toBe(OTHER_COMMUNITY_COLOR);
  });
});
