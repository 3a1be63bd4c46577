import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

// What the filters say about themselves (the small corpus: 8 quotes in 4 articles, one of
// them undated with 1 quote).

afterEach(() => {
  vi.unstubAllGlobals();
});

const statValue = (overview: HTMLElement, label: string) =>
  within(overview).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('filters with no result', () => {
  it('says so in the graph and offers to clear them', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/?kind=indirect&outlet=BBC');
    const empty = await screen.findByRole('region', { name: 'No quotes match these filters' });
    const main = screen.getByRole('main');
    expect(main).toContainElement(empty);
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    expect(params().get('kind')).toBeNull();
    expect(params().get('outlet')).toBeNull();
    expect(within(main).queryByRole('region', { name: 'No quotes match these filters' })).toBe(
      null,
    );
    expect(within(main).getByRole('button', { name: /^Sergey Lavrov/ })).toBeInTheDocument();
  });

  it('says so in the list view too, instead of empty tables', async () => {
    stubCorpusFetch(smallCorpus());
    renderApp('/?view=list&kind=indirect&outlet=BBC');
    const heading = await screen.findByRole('heading', { name: 'No quotes match these filters' });
    const main = screen.getByRole('main');
    expect(main).toContainElement(heading);
    expect(within(main).queryByRole('table')).toBeNull();
  });

  it('offers the undated quotes a date range left out', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/?kind=direct&to=2021-01-01');
    const empty = await screen.findByRole('region', { name: 'No quotes match these filters' });
    expect(empty).toHaveTextContent('The date range leaves out 1 quote from undated articles.');
    await user.click(within(empty).getByRole('button', { name: 'Include undated' }));
    expect(params().get('undated')).toBe('include');
    expect(screen.queryByRole('region', { name: 'No quotes match these filters' })).toBeNull();
  });
});

describe('the overview follows the filters', () => {
  it('shows filtered counts out of the totals, and the filtered date span', async () => {
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/');
    const overview = await screen.findByRole('article', { name: 'Overview' });
    expect(statValue(overview, 'Quotes')).toBe('8');
    expect(statValue(overview, 'Articles')).toBe('4');
    expect(overview).toHaveTextContent('Articles from 23 Sep 2021 to 1 Mar 2022');

    const filters = within(screen.getByRole('group', { name: 'Filters' }));
    await user.selectOptions(filters.getByRole('combobox', { name: 'Outlet' }), 'BBC');
    expect(overview).toHaveTextContent('With the current filters: 2 of 8 quotes.');
    expect(statValue(overview, 'Quotes')).toBe('2 of 8');
    expect(statValue(overview, 'Articles')).toBe('1 of 4');
    expect(statValue(overview, 'Actors')).toMatch(/^4 of \d+$/);
    expect(overview).toHaveTextContent('Articles dated 10 Jan 2022 · 1 outlet');
  });
});

describe('undated articles under a date range', () => {
  it('are counted, left out by default, and included on request (in the URL)', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/?to=2021-12-31');
    const filters = within(await screen.findByRole('group', { name: 'Filters' }));
    expect(filters.getByRole('status')).toHaveTextContent('3 of 8 quotes · 1 undated left out');
    const include = filters.getByRole('checkbox', { name: 'Include undated' });
    expect(include).not.toBeChecked();

    await user.click(include);
    expect(params().get('undated')).toBe('include');
    expect(include).toBeChecked();
    expect(filters.getByRole('status')).toHaveTextContent('4 of 8 quotes');
    expect(filters.getByRole('status')).not.toHaveTextContent('left out');

    await user.click(filters.getByRole('button', { name: 'Clear filters' }));
    expect(params().get('undated')).toBeNull();
    expect(params().get('to')).toBeNull();
    // Without a range the box stays in place, unchecked and disabled (the bar does not reflow).
    expect(filters.getByRole('checkbox', { name: 'Include undated' })).not.toBeChecked();
    expect(filters.getByRole('checkbox', { name: 'Include undated' })).toBeDisabled();
    expect(filters.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });
});
