import { screen, waitFor, within } from '@testing-library/react';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { openExportMenu, renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

interface Saved {
  name: string;
  blob: Blob;
}
let saved: Saved[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  saved = [];
  // jsdom has no object URLs and no downloads: record what the page hands to the browser.
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => {},
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const corpus = validateCorpus(smallCorpus());

function countsOf(outlet: string | null) {
  const ids = new Set(
    corpus.articles.filter((a) => !outlet || a.outlet === outlet).map((a) => a.id),
  );
  const quotes = corpus.quotes.filter((q) => ids.has(q.articleId));
  const graph = buildActorGraph(corpus.actors, quotes);
  return { quotes, actors: graph.nodes.length, links: graph.edges.length };
}

describe('Export menu', () => {
  it('is a keyboard menu whose items name their formats and which says what it exports', async () => {
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/');
    const menu = await openExportMenu(user);
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Quotes as CSV',
      'Quotes as JSON',
      'Graph as GEXF',
      'Graph as GraphML',
      expect.stringMatching(/^View as PNG/),
      expect.stringMatching(/^View as SVG/),
    ]);
    expect(items[0]).toHaveFocus();
    const all = countsOf(null);
    expect(menu).toHaveAccessibleDescription(
      `${all.quotes.length} quotes, ${all.actors} actors, ${all.links} links in the whole corpus`,
    );
    await user.keyboard('{ArrowUp}');
    expect(items[5]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: /Export/ })).toHaveFocus();
  });

  it('exports the quotes under the current filters as CSV and says so', async () => {
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/?outlet=BBC');
    const menu = await openExportMenu(user);
    const bbc = countsOf('BBC');
    expect(menu).toHaveAccessibleDescription(
      `${bbc.quotes.length} quotes, ${bbc.actors} actors, ${bbc.links} links under the current filters`,
    );
    await user.click(within(menu).getByRole('menuitem', { name: 'Quotes as CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('quotegraph-quotes.csv');
    const text = (await saved[0]?.blob.text()) ?? '';
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id)).toEqual(bbc.quotes.map((q) => q.id));
    expect(rows.every((r) => r.outlet === 'BBC')).toBe(true);
    expect(await screen.findByText('Saved quotegraph-quotes.csv (2 quotes).')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('offers the whole corpus beside a filtered view, and exports it when checked', async () => {
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/?outlet=BBC');
    const menu = await openExportMenu(user);
    const whole = within(menu).getByRole('menuitemcheckbox', { name: /Whole corpus/ });
    expect(whole).toHaveAttribute('aria-checked', 'false');
    // The arrows reach it after the formats.
    await user.keyboard('{ArrowUp}');
    expect(whole).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(whole).toHaveAttribute('aria-checked', 'true');
    const all = countsOf(null);
    expect(menu).toHaveAccessibleDescription(
      `${all.quotes.length} quotes, ${all.actors} actors, ${all.links} links in the whole corpus`,
    );
    await user.click(within(menu).getByRole('menuitem', { name: 'Quotes as JSON' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const doc = JSON.parse((await saved[0]?.blob.text()) ?? '') as { quotes: { id: string }[] };
    expect(doc.quotes.map((q) => q.id)).toEqual(all.quotes.map((q) => q.id));
  });

  it('exports the quotes of a focus: its actor’s quotes said and about, and says so', async () => {
    const graph = buildActorGraph(corpus.actors, corpus.quotes);
    const hub = [...graph.nodes].sort((a, b) => b.quotedCount - a.quotedCount)[0];
    if (!hub) throw new Error('empty graph');
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp(`/?focus=${hub.id}`);
    const menu = await openExportMenu(user);
    const expected = corpus.quotes.filter(
      (q) => q.speakerId === hub.id || q.mentions.includes(hub.id),
    );
    expect(menu).toHaveAccessibleDescription(
      new RegExp(`^${expected.length} quotes, .* in the current view$`),
    );
    await user.click(within(menu).getByRole('menuitem', { name: 'Quotes as CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const rows = Papa.parse<Record<string, string>>(
      ((await saved[0]?.blob.text()) ?? '').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(rows.map((r) => r.id)).toEqual(expected.map((q) => q.id));
    expect(expected.length).toBeLessThan(corpus.quotes.length);
  });

  it('exports the graph as GraphML, and offers pictures only where the graph is drawn', async () => {
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/?view=list');
    const menu = await openExportMenu(user);
    // jsdom lays nothing out: there is no view to picture, and the item says why.
    expect(within(menu).getByRole('menuitem', { name: /View as PNG/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(within(menu).getByRole('menuitem', { name: 'Graph as GraphML' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const graph = parseGraphml(Graph, (await saved[0]?.blob.text()) ?? '');
    const all = countsOf(null);
    expect([graph.order, graph.size]).toEqual([all.actors, all.links]);
  });
});
