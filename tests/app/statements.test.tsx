import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { repostCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const lavrovToNato = (count: number) =>
  within(screen.getByRole('complementary')).getByRole('button', {
    name: `${count} quotes by Sergey Lavrov about NATO`,
  });

describe('folded statements in the explorer', () => {
  it('links count distinct statements by default and every report on request (in the URL)', async () => {
    stubCorpusFetch(repostCorpus());
    const { user, params } = renderApp('/?actor=sergey-lavrov');
    await screen.findByRole('heading', { level: 2, name: 'Sergey Lavrov' });
    const count = screen.getByRole('group', { name: 'Count' });
    expect(within(count).getByRole('button', { name: 'Statements' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(lavrovToNato(2)).toBeInTheDocument();

    await user.click(within(count).getByRole('button', { name: 'Reports' }));
    expect(params().get('count')).toBe('reports');
    expect(lavrovToNato(4)).toBeInTheDocument();

    await user.click(within(count).getByRole('button', { name: 'Statements' }));
    expect(params().get('count')).toBeNull();
    expect(lavrovToNato(2)).toBeInTheDocument();
  });

  it('opens a report from the card of the link’s statement', async () => {
    stubCorpusFetch(repostCorpus());
    const { user, params } = renderApp('/?edge=sergey-lavrov->nato');
    const panel = await screen.findByRole('complementary');
    await user.click(await within(panel).findByText(/^Reported by 3 outlets/));
    const reports = within(panel).getByRole('list', { name: 'Reports of this statement' });
    await user.click(within(reports).getByRole('button', { name: 'Sputnik' }));
    expect(params().get('quote')).toBe('sputnik-repost#0');
    expect(await within(panel).findByText('Lavrov said.', { exact: false })).toBeInTheDocument();
  });

  it('offers no count toggle for a corpus without folded statements', async () => {
    stubCorpusFetch(smallCorpus());
    renderApp('/');
    await screen.findAllByRole('button', { name: /^Sergey Lavrov/ });
    expect(screen.queryByRole('group', { name: 'Count' })).toBeNull();
  });
});
