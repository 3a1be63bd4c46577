import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

// Typing dates into the filter bar's date inputs (the small corpus: 8 quotes, dated
// 2021-09-23 … 2022-03-01, plus one undated article).

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openFilters() {
  stubCorpusFetch(smallCorpus());
  const app = renderApp('/');
  const filters = within(await screen.findByRole('group', { name: 'Filters' }));
  return { ...app, filters };
}

describe('date filters', () => {
  it('commits a typed date only once it is complete, with a 4-digit year', async () => {
    const { user, params, filters } = await openFilters();
    const from = filters.getByLabelText('From');
    // What Chromium reports after the first digit of the year: a "valid" year 2.
    await user.type(from, '0002-10-01');
    expect(params().get('from')).toBeNull();
    expect(filters.getByRole('status')).toHaveTextContent('8 quotes');
    expect(from).toHaveValue('0002-10-01');

    await user.clear(from);
    await user.type(from, '2021-10-01');
    expect(params().get('from')).toBe('2021-10-01');
    expect(from).toHaveValue('2021-10-01');
    expect(filters.getByRole('status')).toHaveTextContent('4 of 8 quotes');
  });

  it('says when a date is left incomplete', async () => {
    const { user, params, filters } = await openFilters();
    const to = filters.getByLabelText('To');
    await user.type(to, '0202-01-01');
    await user.tab();
    const alert = filters.getByRole('alert');
    expect(alert).toHaveTextContent('Enter a complete “To” date: day, month and a 4-digit year.');
    expect(to).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(params().get('to')).toBeNull();
  });

  it('holds back an inverted range, says so, and applies it once it is whole', async () => {
    const { user, params, filters } = await openFilters();
    const from = filters.getByLabelText('From');
    const to = filters.getByLabelText('To');
    await user.type(to, '2021-12-31');
    expect(params().get('to')).toBe('2021-12-31');

    await user.type(from, '2022-02-01');
    expect(params().get('from')).toBeNull();
    const alert = filters.getByRole('alert');
    expect(alert).toHaveTextContent(
      '“From” (1 Feb 2022) is after “To” (31 Dec 2021): the dates are not applied.',
    );
    expect(from).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(to).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(from).toHaveValue('2022-02-01');
    expect(filters.getByRole('status')).toHaveTextContent('3 of 8 quotes');

    await user.clear(to);
    await user.type(to, '2022-03-01');
    expect(params().get('from')).toBe('2022-02-01');
    expect(params().get('to')).toBe('2022-03-01');
    expect(filters.getByRole('alert')).toHaveTextContent('');
    expect(filters.getByRole('status')).toHaveTextContent('2 of 8 quotes');
  });
});

describe('an inverted range in the URL', () => {
  it('is shown, named in an alert and not applied', async () => {
    stubCorpusFetch(smallCorpus());
    renderApp('/?from=2022-02-01&to=2021-12-31');
    const filters = within(await screen.findByRole('group', { name: 'Filters' }));
    expect(filters.getByLabelText('From')).toHaveValue('2022-02-01');
    expect(filters.getByRole('alert')).toHaveTextContent(
      '“From” (1 Feb 2022) is after “To” (31 Dec 2021): the dates are not applied.',
    );
    expect(filters.getByRole('status')).toHaveTextContent('8 quotes');
    expect(screen.queryByRole('region', { name: 'No quotes match these filters' })).toBeNull();
  });
});
