import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const graphActorNames = () =>
  within(screen.getByRole('main'))
    .getAllByRole('button')
    .map((b) => b.getAttribute('data-actor-id'))
    .filter((id): id is string => id !== null)
    .sort();

describe('filters', () => {
  it('outlet: the graph, counts, panel and URL follow', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/?actor=sergey-lavrov');
    await screen.findByRole('heading', { level: 2, name: 'Sergey Lavrov' });
    const filters = screen.getByRole('group', { name: 'Filters' });
    expect(within(filters).getByRole('status')).toHaveTextContent('8 quotes');
    expect(graphActorNames()).toContain('jose-alvarez');

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Outlet' }), 'BBC');

    expect(params().get('outlet')).toBe('BBC');
    expect(within(filters).getByRole('status')).toHaveTextContent('2 of 8 quotes');
    expect(graphActorNames()).toEqual(['jens-stoltenberg', 'nato', 'russia', 'sergey-lavrov']);
    const panel = screen.getByRole('complementary');
    expect(
      within(panel).getByRole('heading', { name: 'Quotes by Sergey Lavrov 1' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('list', { name: 'Quotes by Sergey Lavrov' })).toHaveTextContent(
      'NATO expansion threatens Russian security',
    );
    expect(
      within(panel).getByRole('button', { name: '1 quote by Sergey Lavrov about NATO' }),
    ).toBeInTheDocument();

    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(params().get('outlet')).toBeNull();
    expect(within(filters).getByRole('status')).toHaveTextContent('8 quotes');
  });

  it('quote kind and date range narrow everything, and the list view agrees', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/?view=list');
    const filters = within(await screen.findByRole('group', { name: 'Filters' }));
    await user.selectOptions(filters.getByRole('combobox', { name: 'Quote kind' }), 'direct');
    expect(params().get('kind')).toBe('direct');
    fireEvent.change(filters.getByLabelText('From'), { target: { value: '2022-01-01' } });
    await waitFor(() => expect(params().get('from')).toBe('2022-01-01'));
    // Direct quotes dated 2022 or later: Stoltenberg (BBC), Lavrov and Álvarez (Reuters).
    expect(filters.getByRole('status')).toHaveTextContent('3 of 8 quotes');
    const table = screen.getByRole('table', { name: /Actors/ });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(names.sort()).toEqual([
      'Jens Stoltenberg',
      'José Álvarez',
      'NATO',
      'Russia',
      'Sergey Lavrov',
    ]);

    fireEvent.change(filters.getByLabelText('To'), { target: { value: '2022-02-01' } });
    await waitFor(() => expect(params().get('to')).toBe('2022-02-01'));
    expect(filters.getByRole('status')).toHaveTextContent('1 of 8 quotes');
    const remaining = within(screen.getByRole('table', { name: /Actors/ }))
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(remaining.sort()).toEqual(['Jens Stoltenberg', 'Russia']);
  });

  it('restores filters from the URL', async () => {
    stubCorpusFetch(smallCorpus());
    renderApp('/?outlet=RT&kind=indirect&from=2021-01-01&to=2021-12-31');
    const filters = within(await screen.findByRole('group', { name: 'Filters' }));
    expect(filters.getByRole('combobox', { name: 'Outlet' })).toHaveValue('RT');
    expect(filters.getByRole('combobox', { name: 'Quote kind' })).toHaveValue('indirect');
    expect(filters.getByLabelText('From')).toHaveValue('2021-01-01');
    expect(filters.getByLabelText('To')).toHaveValue('2021-12-31');
    expect(filters.getByRole('status')).toHaveTextContent('1 of 8 quotes');
    expect(graphActorNames()).toEqual(['jens-stoltenberg', 'nato', 'russia']);
  });
});
