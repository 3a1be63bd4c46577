import { useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Actor, ActorId } from '../corpus/schema.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import type { ActorGraph } from '../graph/build-actor-graph.ts';
import {
  focusSubgraph,
  prepareFocus,
  thinGraph,
  type ThinSpec,
} from '../graph/explore-subgraph.ts';
import type { GraphStructure } from '../graph/graph-structure.ts';
import type { Neighbourhood } from '../graph/neighbourhood.ts';
import { nodeAppearance, type NodeAppearance } from '../graph/node-appearance.ts';
import { buildPathIndex, shortestPath, type PathStep } from '../graph/shortest-path.ts';
import {
  communityColor,
  COMMUNITY_COLORS,
  OTHER_COMMUNITY_COLOR,
} from '../theme/community-colors.ts';
import { graphStructureOf } from '../loader/graph-structure-client.ts';
import { doWhenIdle } from '../features/graph/run-in-slices.ts';
import type { GraphLegendProps } from '../features/graph/graph-legend.tsx';
import type { ExploreSettings } from '../features/explore/explore-panel.tsx';
import { splitActorPair, type ViewPatch, type ViewState } from './view-state.ts';

/** Everything the explorer derives from the Explore part of the URL. */
export interface Explored {
  /** The graph thinned (kinds, unknown, minimum quotes), before any focus: paths run on it. */
  thinned: ActorGraph;
  /** What the views show: `thinned`, cut to the focus when there is one. */
  shown: ActorGraph;
  settings: ExploreSettings;
  appearance: NodeAppearance | null;
  legendStyle: GraphLegendProps['style'];
  structurePending: boolean;
  /** `path=` resolved: both actors and the steps (null steps: not linked). */
  path: { from: Actor; to: Actor; steps: PathStep[] | null } | null;
  /** `compare=` resolved. */
  compare: { a: Actor; b: Actor } | null;
  /** Drawn emphasised in the graph: the path, or the two compared actors and their links. */
  highlight: Neighbourhood | null;
}

/** Communities named in the legend; the rest share one grey. */
const LEGEND_COMMUNITIES = COMMUNITY_COLORS.length;

/** The explore state of `view` applied to `graph` (the quote-filtered graph). */
export function useExplore(
  view: ViewState,
  graph: ActorGraph,
  fullGraph: ActorGraph,
  index: CorpusIndex,
  /** Names the corpus (its URL): the structure query is cached under it. */
  corpusKey: string,
): Explored {
  const { focus, depth, dir, minQuotes, kinds, hideUnknown, size, colour } = view;
  const kindsKey = kinds?.join(',') ?? null;
  const thinned = useMemo(() => {
    const spec: ThinSpec = {
      minQuotes,
      kinds: kindsKey === null ? null : new Set(kindsKey.split(',') as Actor['kind'][]),
      hideUnknown,
    };
    return thinGraph(graph, spec);
  }, [graph, minQuotes, kindsKey, hideUnknown]);
  const shown = useMemo(
    () => (focus ? focusSubgraph(thinned, { id: focus, depth, direction: dir }) : thinned),
    [thinned, focus, depth, dir],
  );
  // Ready the focus's indexes while the page is idle, so the first focus is quick too.
  useEffect(() => {
    const job = doWhenIdle(() => prepareFocus(thinned));
    return () => job.cancel();
  }, [thinned]);

  // Structure is measured once on the full graph, off the main thread, and only when asked for.
  const wanted = size !== 'quotes' || colour !== 'kind';
  const structureQuery = useQuery<GraphStructure>({
    queryKey: ['graph-structure', corpusKey],
    queryFn: () => graphStructureOf(fullGraph),
    enabled: wanted,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const structure = wanted ? (structureQuery.data ?? null) : null;
  const appearance = useMemo(
    () => nodeAppearance(size, colour, structure, fullGraph),
    [size, colour, structure, fullGraph],
  );
  const legendStyle = useMemo((): GraphLegendProps['style'] => {
    if (!appearance || !structure) return undefined;
    if (colour !== 'community') return { sizeBy: size };
    const shownCommunities = structure.communities.slice(0, LEGEND_COMMUNITIES).map((c) => ({
      name: index.actorsById.get(c.leaderId)?.name ?? c.leaderId,
      color: communityColor(c.index),
      size: c.size,
    }));
    return {
      sizeBy: size,
      communities: {
        shown: shownCommunities,
        otherColor: OTHER_COMMUNITY_COLOR,
        others: Math.max(0, structure.communities.length - LEGEND_COMMUNITIES),
      },
    };
  }, [appearance, structure, colour, size, index]);

  const isActor = (id: string) => index.actorsById.has(id as ActorId);
  const pathPair = view.path ? splitActorPair(view.path, isActor) : null;
  const pathKey = pathPair ? pathPair.join('\u0000') : null;
  const pathIndex = useMemo(() => (pathKey ? buildPathIndex(thinned) : null), [pathKey, thinned]);
  const path = useMemo(() => {
    if (!pathKey || !pathIndex) return null;
    const [a, b] = pathKey.split('\u0000') as [ActorId, ActorId];
    const from = index.actorsById.get(a);
    const to = index.actorsById.get(b);
    if (!from || !to) return null;
    return { from, to, steps: shortestPath(pathIndex, a, b) };
  }, [pathKey, pathIndex, index]);

  const comparePair = view.compare ? splitActorPair(view.compare, isActor) : null;
  const compareA = comparePair ? index.actorsById.get(comparePair[0]) : undefined;
  const compareB = comparePair ? index.actorsById.get(comparePair[1]) : undefined;
  const compare = useMemo(
    () => (compareA && compareB ? { a: compareA, b: compareB } : null),
    [compareA, compareB],
  );

  const highlight = useMemo((): Neighbourhood | null => {
    if (path?.steps) {
      const nodes = new Set<ActorId>([path.from.id]);
      for (const s of path.steps) nodes.add(s.to);
      return { nodes, edges: new Set(path.steps.map((s) => s.edge.id)) };
    }
    if (compare) {
      const { a, b } = compare;
      const edges = shown.edges.filter(
        (e) => (e.source === a.id && e.target === b.id) || (e.source === b.id && e.target === a.id),
      );
      return { nodes: new Set([a.id, b.id]), edges: new Set(edges.map((e) => e.id)) };
    }
    return null;
  }, [path, compare, shown]);

  const settings = useMemo(
    (): ExploreSettings => ({ focus, depth, dir, minQuotes, kinds, hideUnknown, size, colour }),
    [focus, depth, dir, minQuotes, kinds, hideUnknown, size, colour],
  );

  return {
    thinned,
    shown,
    settings,
    appearance,
    legendStyle,
    structurePending: wanted && structureQuery.isPending,
    path,
    compare,
    highlight,
  };
}

/** The URL patch of a change made in the Explore controls. Pure. */
export function explorePatch(patch: Partial<ExploreSettings>): ViewPatch {
  const { kinds, ...rest } = patch;
  return kinds === undefined ? rest : { ...rest, kinds: kinds === null ? null : [...kinds] };
}
