import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorId, Layout } from '../../../src/corpus/schema.ts';
import type { EdgeId } from '../../../src/corpus/edge-id.ts';
import { buildActorGraph, type ActorGraph } from '../../../src/graph/build-actor-graph.ts';
import {
  GraphView,
  MAX_ACTOR_BUTTONS,
  type GraphViewProps,
} from '../../../src/features/graph/graph-view.tsx';
import { NEWS_ACTORS, NEWS_QUOTES } from '../../fixtures/graph/news-network.ts';
import { syntheticCorpus } from '../../fixtures/graph/synthetic-corpus.ts';

const fullGraph = buildActorGraph(NEWS_ACTORS, NEWS_QUOTES, { includeIsolated: true });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function renderGraph(overrides: Partial<GraphViewProps> = {}) {
  const onSelectActor = vi.fn<(id: ActorId) => void>();
  const onSelectEdge = vi.fn<(id: EdgeId) => void>();
  const props: GraphViewProps = {
    graph: fullGraph,
    fullGraph,
    layout: undefined,
    selectedActorId: null,
    selectedEdgeId: null,
    onSelectActor,
    onSelectEdge,
    ...overrides,
  };
  const result = render(<GraphView {...props} />);
  return { ...result, onSelectActor, onSelectEdge, props };
}

const actorGroup = () => screen.getByRole('group', { name: /^Actors/ });

beforeEach(() => {
  // jsdom has no canvas; without this it logs "not implemented" on every getContext call.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('GraphView', () => {
  it('renders an actor button per actor, named by the actor first, most quoted first', () => {
    renderGraph();
    const buttons = within(actorGroup()).getAllByRole('button');
    expect(buttons).toHaveLength(NEWS_ACTORS.length);
    expect(buttons[0]).toHaveAccessibleName('Sergey Lavrov, person, 10 quotes, 7 mentions');
    expect(
      screen.getByRole('button', { name: /^Olaf Scholz, person, 0 quotes, 0 mentions$/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^NATO, organization/ })).toBeInTheDocument();
  });

  it('selects an actor on click, Enter and Space', async () => {
    const user = userEvent.setup();
    const { onSelectActor } = renderGraph();
    await user.click(screen.getByRole('button', { name: /^Antony Blinken,/ }));
    expect(onSelectActor).toHaveBeenLastCalledWith('antony-blinken');

    screen.getByRole('button', { name: /^Liz Truss,/ }).focus();
    await user.keyboard('{Enter}');
    expect(onSelectActor).toHaveBeenLastCalledWith('liz-truss');

    screen.getByRole('button', { name: /^NATO,/ }).focus();
    await user.keyboard(' ');
    expect(onSelectActor).toHaveBeenLastCalledWith('nato');
    expect(onSelectActor).toHaveBeenCalledTimes(3);
  });

  it('reaches actor buttons with Tab', async () => {
    const user = userEvent.setup();
    renderGraph();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Sergey Lavrov,/ })).toHaveFocus();
  });

  it('marks the selected actor as pressed, and only that one', () => {
    renderGraph({ selectedActorId: 'nato' as ActorId });
    expect(screen.getByRole('button', { name: /^NATO,/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Russia,/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows only the actors of a filtered graph, at unchanged positions', () => {
    const a1 = NEWS_QUOTES.filter((q) => q.articleId === 'a1');
    const filtered = buildActorGraph(NEWS_ACTORS, a1);
    const { rerender, props } = renderGraph();
    const centre = (el: HTMLElement) => {
      const r = parseFloat(el.style.width) / 2;
      return [parseFloat(el.style.left) + r, parseFloat(el.style.top) + r].map((v) => v.toFixed(6));
    };
    const before = centre(screen.getByRole('button', { name: /^Liz Truss,/ }));
    rerender(<GraphView {...props} graph={filtered} />);
    expect(screen.queryByRole('button', { name: /^Maria Zakharova,/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Olaf Scholz,/ })).not.toBeInTheDocument();
    expect(within(actorGroup()).getAllByRole('button')).toHaveLength(filtered.nodes.length);
    // Counts follow the filter.
    expect(screen.getByRole('button', { name: /^Sergey Lavrov, person, 3 quotes,/ })).toBeVisible();
    // Liz Truss is in both; her button stays centred on the same spot (its size may change).
    expect(centre(screen.getByRole('button', { name: /^Liz Truss,/ }))).toEqual(before);
  });

  it('explains size, colour, arrows and width in a legend', () => {
    renderGraph();
    const legend = screen.getByText('Legend').closest('details') as HTMLElement;
    for (const text of [
      'quotes said + mentions',
      'Person',
      'Organization',
      'Country',
      'Unknown',
      'speaker → actor mentioned',
      '1 quote',
      '10+ quotes',
    ]) {
      expect(within(legend).getByText(text)).toBeInTheDocument();
    }
  });

  it('has Fit to view and zoom buttons that do not select anything', async () => {
    const user = userEvent.setup();
    const { onSelectActor, onSelectEdge } = renderGraph();
    await user.click(screen.getByRole('button', { name: 'Fit to view' }));
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(onSelectActor).not.toHaveBeenCalled();
    expect(onSelectEdge).not.toHaveBeenCalled();
  });

  it('describes the network on the canvas', () => {
    renderGraph();
    expect(
      screen.getByRole('img', { name: /^Network of 18 actors and \d+ links/ }),
    ).toBeInTheDocument();
  });

  it('never mutates its props (deep-frozen inputs still render and select)', async () => {
    const user = userEvent.setup();
    const frozen = deepFreeze(structuredClone(fullGraph));
    const { onSelectActor } = renderGraph({ graph: frozen, fullGraph: frozen });
    await user.click(screen.getByRole('button', { name: /^Ukraine,/ }));
    expect(onSelectActor).toHaveBeenCalledWith('ukraine');
  });

  it('marks graph:ready once', async () => {
    const mark = vi.spyOn(performance, 'mark');
    const readyMarks = () => mark.mock.calls.filter(([name]) => name === 'graph:ready').length;
    const { rerender, props } = renderGraph();
    await waitFor(() => expect(readyMarks()).toBe(1));
    rerender(<GraphView {...props} selectedActorId={'nato' as ActorId} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readyMarks()).toBe(1);
  });

  it('selects by clicking the drawing itself: a node, then an edge (quadtree hit testing)', async () => {
    const user = userEvent.setup();
    // jsdom has no layout, so the view keeps the identity transform: screen = world.
    const layout: Layout = {
      positions: Object.fromEntries(
        fullGraph.nodes.map((n, i) => [n.id, [2000 + i * 100, 2000] as [number, number]]),
      ),
    };
    layout.positions['sergey-lavrov'] = [100, 100];
    layout.positions['nato'] = [400, 100];
    const { onSelectActor, onSelectEdge } = renderGraph({ layout });
    const canvas = screen.getByRole('img', { name: /^Network of/ });
    await user.pointer({
      keys: '[MouseLeft]',
      target: canvas,
      coords: { clientX: 405, clientY: 98 },
    });
    expect(onSelectActor).toHaveBeenLastCalledWith('nato');
    await user.pointer({
      keys: '[MouseLeft]',
      target: canvas,
      coords: { clientX: 250, clientY: 101 },
    });
    expect(onSelectEdge).toHaveBeenLastCalledWith('sergey-lavrov->nato');
    await user.pointer({
      keys: '[MouseLeft]',
      target: canvas,
      coords: { clientX: 250, clientY: 160 },
    });
    expect(onSelectActor).toHaveBeenCalledTimes(1);
    expect(onSelectEdge).toHaveBeenCalledTimes(1);
  });

  it('uses a precomputed layout and bounds the number of buttons for big graphs', () => {
    const { actors, quotes } = syntheticCorpus(400, 1200, 2);
    const big: ActorGraph = buildActorGraph(actors, quotes, { includeIsolated: true });
    const layout: Layout = {
      positions: Object.fromEntries(
        big.nodes.map((n, i) => [n.id, [(i % 20) * 50, Math.floor(i / 20) * 50]]),
      ),
    };
    renderGraph({ graph: big, fullGraph: big, layout });
    const buttons = within(actorGroup()).getAllByRole('button');
    expect(buttons).toHaveLength(MAX_ACTOR_BUTTONS);
    // Positioned from the given layout (actor-1 sits at (50, 0) in world units).
    const one = screen.getByRole('button', { name: /^Actor 1,/ });
    const r = parseFloat(one.style.width) / 2;
    expect(parseFloat(one.style.left) + r).toBeCloseTo(50);
    expect(parseFloat(one.style.top) + r).toBeCloseTo(0);
  });

  it('lays out big graphs without blocking the first render, then shows the actors', async () => {
    const { actors, quotes } = syntheticCorpus(600, 1500, 4);
    const big = buildActorGraph(actors, quotes, { includeIsolated: true });
    renderGraph({ graph: big, fullGraph: big });
    expect(screen.getByRole('status')).toHaveTextContent('Laying out 600 actors');
    const group = await screen.findByRole('group', { name: /^Actors/ }, { timeout: 20_000 });
    expect(await within(group).findAllByRole('button', {}, { timeout: 20_000 })).toHaveLength(
      MAX_ACTOR_BUTTONS,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  }, 30_000);
});

describe('GraphView keyboard: one tab stop, arrows between actors', () => {
  const centreX = (el: HTMLElement) => parseFloat(el.style.left) + parseFloat(el.style.width) / 2;
  const tabStops = () =>
    within(actorGroup())
      .getAllByRole('button')
      .filter((b) => b.tabIndex === 0);

  it('makes the actors one tab stop: the most quoted, or the selected actor', () => {
    const { rerender, props } = renderGraph();
    expect(tabStops()).toHaveLength(1);
    expect(tabStops()[0]).toHaveAccessibleName(/^Sergey Lavrov,/);
    rerender(<GraphView {...props} selectedActorId={'nato' as ActorId} />);
    expect(tabStops()).toHaveLength(1);
    expect(tabStops()[0]).toHaveAccessibleName(/^NATO,/);
  });

  it('Tab enters the actors once and leaves them with the next Tab', async () => {
    const user = userEvent.setup();
    renderGraph();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Sergey Lavrov,/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: /^Sergey Lavrov,/ })).toHaveFocus();
  });

  it('an arrow key moves focus to an actor that way, which becomes the tab stop; Enter selects it', async () => {
    const user = userEvent.setup();
    const { onSelectActor } = renderGraph();
    const lavrov = screen.getByRole('button', { name: /^Sergey Lavrov,/ });
    lavrov.focus();
    await user.keyboard('{ArrowRight}');
    const moved = document.activeElement as HTMLElement;
    expect(moved).not.toBe(lavrov);
    expect(within(actorGroup()).getAllByRole('button')).toContain(moved);
    expect(centreX(moved)).toBeGreaterThan(centreX(lavrov));
    expect(tabStops()).toEqual([moved]);
    expect(lavrov.tabIndex).toBe(-1);

    await user.keyboard('{ArrowLeft}');
    expect(centreX(document.activeElement as HTMLElement)).toBeLessThan(centreX(moved));

    await user.keyboard('{Enter}');
    const focusedId = (document.activeElement as HTMLElement).dataset.actorId;
    expect(onSelectActor).toHaveBeenLastCalledWith(focusedId);
  });

  it('offers a skip link before the actors when given a target', async () => {
    const user = userEvent.setup();
    const target = document.createElement('section');
    target.id = 'after-graph';
    target.tabIndex = -1;
    document.body.append(target);
    renderGraph({ skipTargetId: 'after-graph' });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Skip to panel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(target).toHaveFocus();
    target.remove();
  });
});
