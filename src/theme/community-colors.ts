/**
 * Fills for the largest communities when the graph is coloured by community, in community
 * order (largest first). Unlike the kind colours these do not change with the colour scheme:
 * each has at least 3:1 contrast on both the light (#ffffff) and the dark (#14181e) background
 * (WCAG 1.4.11), checked in tests/theme. Hues alternate warm and cool so neighbours differ.
 */
export const COMMUNITY_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#C2408A',
  '#8C7A00',
  '#7B61FF',
  '#2A8FA8',
  '#B5651D',
] as const;

/** Every community past the coloured ones shares this grey (legend: "Other communities"). */
export const OTHER_COMMUNITY_COLOR = '#7A7A7A';

/** The fill of the community at `index` (0 = largest). Pure. */
export function communityColor(index: number): string {
  return COMMUNITY_COLORS[index] ?? OTHER_COMMUNITY_COLOR;
}
