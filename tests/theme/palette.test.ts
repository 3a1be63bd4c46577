import { describe, expect, it } from 'vitest';
import { contrastRatio, KIND_COLORS, KIND_LABELS } from '../../src/graph/node-style.ts';
import { GRAPH_PALETTES, graphPalette, kindCssColor } from '../../src/theme/palette.ts';
import { parsePreference, resolveScheme } from '../../src/theme/color-scheme.ts';

const opaque = (rgba: string) => rgba.startsWith('#');

describe('graph palettes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const palette = graphPalette(scheme);
    it(`${scheme}: every kind stands out from the background (3:1) and labels read (4.5:1)`, () => {
      for (const [kind] of KIND_LABELS) {
        expect(contrastRatio(palette.kinds[kind], palette.background), kind).toBeGreaterThanOrEqual(
          3,
        );
      }
      for (const ink of [palette.ink, palette.quietInk, palette.highlight, palette.accent]) {
        expect(opaque(ink)).toBe(true);
        expect(contrastRatio(ink, palette.background), ink).toBeGreaterThanOrEqual(4.5);
      }
      expect(palette.rim).toBe(palette.background);
    });
  }

  it('keeps the light kind colours the graph module exports, and a CSS twin of each', () => {
    expect(KIND_COLORS).toBe(GRAPH_PALETTES.light.kinds);
    expect(kindCssColor('person')).toBe('var(--kind-person, #0072B2)');
  });

  it('differs between schemes where the background does', () => {
    expect(GRAPH_PALETTES.dark.background).not.toBe(GRAPH_PALETTES.light.background);
    expect(GRAPH_PALETTES.dark.kinds.person).not.toBe(GRAPH_PALETTES.light.kinds.person);
  });
});

describe('colour scheme preference', () => {
  it('resolves system to what the system prefers, and an explicit choice to itself', () => {
    expect(resolveScheme('system', true)).toBe('dark');
    expect(resolveScheme('system', false)).toBe('light');
    expect(resolveScheme('light', true)).toBe('light');
    expect(resolveScheme('dark', false)).toBe('dark');
  });

  it('reads anything but light or dark as system', () => {
    expect(parsePreference('dark')).toBe('dark');
    expect(parsePreference('light')).toBe('light');
    expect(parsePreference(null)).toBe('system');
    expect(parsePreference('purple')).toBe('system');
  });
});
