import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

// What the user sees when the corpus named by the URL is missing, foreign, slow or hostile
// (issues #8 point 9 and #9 points 10, 11).

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const never = () => new Promise<Response>(() => {});

describe('a corpus other than the bundled one', () => {
  it('offers the bundled corpus when ?corpus= cannot be loaded', async () => {
    const fetchMock = stubCorpusFetch((url: string) =>
      url === 'corpus.json'
        ? new Response(JSON.stringify(smallCorpus()))
        : new Response('', { status: 404, statusText: 'Not Found' }),
    );
    const { user, params } = renderApp('/?corpus=%2Fnope.json&actor=x');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load /nope.json: HTTP 404 Not Found');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Open the bundled corpus' }));
    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenLastCalledWith('corpus.json', expect.anything());
    expect(params().get('corpus')).toBeNull();
    expect(params().get('actor')).toBeNull();
    expect(screen.queryByRole('note', { name: 'Corpus source' })).not.toBeInTheDocument();
  });

  it('says which corpus is shown, with its host and address, in the header', async () => {
    stubCorpusFetch(smallCorpus());
    renderApp('/?corpus=http%3A%2F%2F127.0.0.1%3A8080%2Fnews.json');
    await screen.findByRole('heading', { name: 'Overview' });
    const note = within(screen.getByRole('banner')).getByRole('note', { name: 'Corpus source' });
    expect(note).toHaveTextContent('Corpus from 127.0.0.1:8080, not from this site:');
    expect(note).toHaveTextContent('http://127.0.0.1:8080/news.json');
    expect(within(note).getByRole('button', { name: 'Open the bundled corpus' })).toBeVisible();
  });

  it.each(['/', '/?corpus=corpus.json', '/?corpus=.%2Fcorpus.json'])(
    'shows no such note for the bundled corpus (%s)',
    async (path) => {
      stubCorpusFetch(smallCorpus());
      renderApp(path);
      await screen.findByRole('heading', { name: 'Overview' });
      expect(screen.queryByRole('note', { name: 'Corpus source' })).not.toBeInTheDocument();
    },
  );

  it('refuses a host the site does not allow, without fetching it', async () => {
    const fetchMock = stubCorpusFetch(smallCorpus());
    renderApp('/?corpus=https%3A%2F%2Fother.example%2Fc.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This site does not load corpora from there');
    expect(alert).toHaveTextContent('not from https://other.example');
    expect(within(alert).getByRole('button', { name: 'Open the bundled corpus' })).toBeVisible();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('a slow server', () => {
  it('can be cancelled, then retried', async () => {
    let calls = 0;
    stubCorpusFetch(() =>
      ++calls === 1 ? never() : Promise.resolve(new Response(JSON.stringify(smallCorpus()))),
    );
    const { user } = renderApp('/');
    await screen.findByText('Connecting…');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Loading cancelled');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    await user.click(within(status).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeInTheDocument();
  });

  it('times out with a message and Retry instead of "Connecting…" for good', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    stubCorpusFetch(never);
    renderApp('/');
    await screen.findByText('Connecting…');
    await act(() => vi.advanceTimersByTimeAsync(31_000));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The corpus server stopped answering');
    expect(alert).toHaveTextContent('corpus.json did not answer within 30 s.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('names with bidi controls', () => {
  it('show as written, not reversed by U+202E', async () => {
    const corpus = smallCorpus();
    (corpus.actors[0] as { name: string }).name = '\u202ESergey Lavrov';
    stubCorpusFetch(corpus);
    renderApp('/?actor=sergey-lavrov');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Sergey Lavrov' });
    expect(heading.textContent).not.toContain('\u202E');
    await waitFor(() =>
      expect(
        within(screen.getByRole('main')).getByRole('button', { name: /^Sergey Lavrov/ }),
      ).toBeInTheDocument(),
    );
    expect(document.body.textContent).not.toContain('\u202E');
  });
});
