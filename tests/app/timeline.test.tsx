import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openTimeline(url = '/') {
  stubCorpusFetch(smallCorpus());
  const app = renderApp(url);
  const timeline = await screen.findByRole('region', { name: 'Timeline' });
  return { ...app, timeline };
}

const filterStatus = () =>
  within(screen.getByRole('group', { name: 'Filters' })).getByRole('status');

describe('timeline', () => {
  it('shows the dated statements, one row per most quoted speaker, undated apart', async () => {
    const { timeline } = await openTimeline();
    expect(within(timeline).getByRole('status')).toHaveTextContent(
      '7 dated statements, 23 Sep 2021 – 1 Mar 2022',
    );
    const lavrov = within(timeline).getByRole('list', { name: 'Statements by Sergey Lavrov' });
    // Three dates, one mark each: 23 Sep (2 quotes), 10 Jan, 1 Mar.
    expect(within(lavrov).getAllByRole('listitem')).toHaveLength(3);
    expect(
      within(timeline).getByRole('list', { name: 'Statements by Jens Stoltenberg' }),
    ).toBeInTheDocument();
    expect(
      within(timeline).getByRole('checkbox', { name: 'Include 1 undated statement' }),
    ).not.toBeChecked();
  });

  it('resizes and moves the range with arrow keys; the URL, counts and panel follow', async () => {
    const { timeline, params } = await openTimeline();
    const end = within(timeline).getByRole('slider', { name: 'Range end' });
    end.focus();
    // One step is a fiftieth of the 160-day span (3 days); PageDown is ten steps.
    for (let i = 0; i < 2; i += 1) fireEvent.keyDown(end, { key: 'PageDown' });
    expect(params().get('from')).toBe('2021-09-23');
    expect(params().get('to')).toBe('2021-12-31');
    expect(filterStatus()).toHaveTextContent('3 of 8 quotes');

    const move = within(timeline).getByRole('slider', { name: 'Move range' });
    fireEvent.keyDown(move, { key: 'PageUp' });
    expect(params().get('from')).toBe('2021-10-23');
    expect(params().get('to')).toBe('2022-01-30');
    expect(filterStatus()).toHaveTextContent('2 of 8 quotes');
    expect(move).toHaveAttribute('aria-valuetext', '23 Oct 2021 – 30 Jan 2022');

    fireEvent.keyDown(move, { key: 'Escape' });
    expect(params().get('from')).toBeNull();
    expect(params().get('to')).toBeNull();
  });

  it('says a range outside the statements is outside them, not a range that runs backwards', async () => {
    // Every dated statement of the fixture is from 23 Sep 2021 on.
    const { timeline } = await openTimeline('/?to=2021-06-01');
    const move = within(timeline).getByRole('slider', { name: 'Move range' });
    expect(move).toHaveAttribute(
      'aria-valuetext',
      'the beginning – 1 Jun 2021, no dated statements',
    );
  });

  it("places only the outlet filter's statements, and keeps them while the range moves", async () => {
    // The small fixture's one RT article (23 Sep 2021) holds three dated statements.
    const { timeline, params } = await openTimeline('/?outlet=RT');
    const status = within(timeline).getByRole('status');
    expect(status).toHaveTextContent('3 dated statements, 23 Sep 2021');
    const end = within(timeline).getByRole('slider', { name: 'Range end' });
    end.focus();
    fireEvent.keyDown(end, { key: 'PageDown' });
    expect(params().get('to')).not.toBeNull();
    expect(params().get('outlet')).toBe('RT');
    expect(status).toHaveTextContent('3 dated statements, 23 Sep 2021');
  });

  it('includes undated statements on request', async () => {
    const { timeline, params, user } = await openTimeline('/?from=2022-01-01');
    await user.click(within(timeline).getByRole('checkbox', { name: /Include 1 undated/ }));
    expect(params().get('undated')).toBe('include');
  });

  it('a mark shows its quote and opens it', async () => {
    const { timeline, params, user } = await openTimeline();
    const alvarez = within(timeline).getByRole('list', { name: 'Statements by José Álvarez' });
    const mark = within(alvarez).getByRole('listitem', {
      name: 'José Álvarez, 1 Mar 2022: “Nobody expected this escalation”',
    });
    await user.click(mark);
    expect(params().get('quote')).toBe('reuters-latest#1');
    expect(params().get('actor')).toBe('jose-alvarez');
  });

  it("shows the hovered mark's quote in one shared tooltip", async () => {
    const { timeline, user } = await openTimeline();
    expect(within(timeline).queryByRole('tooltip')).toBeNull();
    const alvarez = within(timeline).getByRole('list', { name: 'Statements by José Álvarez' });
    const label = 'José Álvarez, 1 Mar 2022: “Nobody expected this escalation”';
    await user.hover(within(alvarez).getByRole('listitem', { name: label }));
    expect(within(timeline).getByRole('tooltip')).toHaveTextContent(label);
    await user.unhover(within(alvarez).getByRole('listitem', { name: label }));
    expect(within(timeline).queryByRole('tooltip')).toBeNull();
  });

  it('puts the selected actor on the first row', async () => {
    const { timeline } = await openTimeline('/?actor=jens-stoltenberg');
    const rows = within(timeline)
      .getAllByRole('list')
      .map((l) => l.getAttribute('aria-label'));
    expect(rows[0]).toBe('Statements by Jens Stoltenberg');
    expect(rows).toContain('Statements by Sergey Lavrov');
  });

  it('collapses', async () => {
    const { timeline, user } = await openTimeline();
    await user.click(within(timeline).getByRole('button', { name: 'Hide timeline' }));
    expect(within(timeline).queryByRole('slider', { name: 'Range end' })).toBeNull();
    expect(within(timeline).getByRole('button', { name: 'Show timeline' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
