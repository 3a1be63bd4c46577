import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readViewState, writeViewState } from '../../src/app/view-state.ts';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('view state in the URL (pure)', () => {
  it('reads valid values and drops malformed filters', () => {
    const state = readViewState(
      new URLSearchParams('actor=a&from=2022-01-01&to=yesterday&kind=shouted&view=list&q=x'),
    );
    expect(state).toEqual({
      actor: 'a',
      edge: null,
      quote: null,
      q: 'x',
      filters: { from: '2022-01-01', to: null, outlet: null, kind: null, includeUndated: false },
      view: 'list',
      hideUnknown: false,
      countReports: false,
      focus: null,
      depth: 1,
      dir: 'both',
      minQuotes: 1,
      kinds: null,
      size: 'quotes',
      colour: 'kind',
      path: null,
      compare: null,
    });
  });

  it('reads and writes undated=include, and drops a year still being typed', () => {
    const state = readViewState(
      new URLSearchParams('from=0002-10-01&to=2022-01-01&undated=include'),
    );
    expect(state.filters).toMatchObject({ from: null, to: '2022-01-01', includeUndated: true });
    const params = new URLSearchParams('to=2022-01-01');
    expect(writeViewState(params, { filters: { includeUndated: true } }).toString()).toBe(
      'to=2022-01-01&undated=include',
    );
    const included = new URLSearchParams('undated=include');
    expect(writeViewState(included, { filters: { includeUndated: false } }).toString()).toBe('');
  });

  it('writes a patch, keeps unknown params such as corpus, and omits defaults', () => {
    const next = writeViewState(new URLSearchParams('corpus=c.json&actor=a&view=list'), {
      actor: null,
      edge: 'a->b' as never,
      view: 'graph',
      filters: { outlet: 'RT' },
    });
    expect(next.toString()).toBe('corpus=c.json&edge=a-%3Eb&outlet=RT');
  });
});

describe('view state in the URL (app)', () => {
  it('a copied link reproduces the whole view', async () => {
    stubCorpusFetch(smallCorpus());
    renderApp('/?corpus=c.json&actor=nato&outlet=RT&kind=direct&view=list&q=luck');
    expect(await screen.findByRole('heading', { level: 2, name: 'NATO' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'List', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Actors/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Outlet' })).toHaveValue('RT');
    expect(screen.getByRole('combobox', { name: 'Quote kind' })).toHaveValue('direct');
    expect(screen.getByRole('combobox', { name: 'Search actors and quotes' })).toHaveValue('luck');
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('heading', { name: 'Quotes about NATO 2' })).toBeInTheDocument();
  });

  it('each action pushes an entry that Back and Forward step through, keeping ?corpus=', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, router, params } = renderApp('/?corpus=c.json');
    await screen.findByRole('heading', { level: 2, name: 'Overview' });

    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(params().get('view')).toBe('list');
    await user.click(
      within(screen.getByRole('table', { name: /Actors/ })).getByRole('button', {
        name: /^Jens Stoltenberg/,
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Jens Stoltenberg' }),
    ).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Open in article' })[0] as HTMLElement);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Stoltenberg urges talks' }),
    ).toBeInTheDocument();
    expect(params().toString()).toBe(
      'corpus=c.json&view=list&actor=jens-stoltenberg&quote=bbc-talks%230',
    );

    await router.navigate(-1);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Jens Stoltenberg' }),
    ).toBeInTheDocument();
    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 2, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'List', pressed: true })).toBeInTheDocument();
    await router.navigate(-1);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Graph', pressed: true })).toBeInTheDocument(),
    );
    expect(params().toString()).toBe('corpus=c.json');
    await router.navigate(3);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Stoltenberg urges talks' }),
    ).toBeInTheDocument();
  });

  it('Close panel clears the selection but keeps filters', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/?edge=sergey-lavrov-%3Erussia&outlet=BBC');
    await screen.findByRole('heading', { level: 2, name: 'Sergey Lavrov → Russia' });
    await user.click(screen.getByRole('button', { name: 'Close panel' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Overview' })).toBeInTheDocument();
    expect(params().toString()).toBe('outlet=BBC');
  });
});
