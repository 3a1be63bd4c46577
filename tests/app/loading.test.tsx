import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { emptyCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loading the corpus', () => {
  it('shows byte progress while the body streams, then the explorer', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(smallCorpus()));
    const half = Math.floor(bytes.length / 2);
    let finish: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const fetchMock = stubCorpusFetch(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            async start(controller) {
              controller.enqueue(bytes.slice(0, half));
              await gate;
              controller.enqueue(bytes.slice(half));
              controller.close();
            },
          }),
          { headers: { 'content-length': String(bytes.length) } },
        ),
    );
    renderApp('/');
    const bar = await screen.findByRole('progressbar', { name: 'Loading corpus' });
    const expected = Math.round((100 * half) / bytes.length);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', String(expected)));
    expect(screen.getByText(/KB of .*KB/)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('corpus.json', expect.anything());

    finish();
    expect(await screen.findByRole('heading', { name: 'Overview', level: 2 })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeInTheDocument();
  });

  it('loads the corpus named by ?corpus=', async () => {
    const fetchMock = stubCorpusFetch(smallCorpus());
    renderApp('/?corpus=http%3A%2F%2F127.0.0.1%3A8080%2Fnews.json');
    await screen.findByRole('heading', { name: 'Overview' });
    expect(fetchMock).toHaveBeenCalledWith('http://127.0.0.1:8080/news.json', expect.anything());
  });

  it('names the HTTP status, and Retry fetches again', async () => {
    let calls = 0;
    const fetchMock = stubCorpusFetch(() =>
      ++calls === 1
        ? new Response('', { status: 404, statusText: 'Not Found' })
        : new Response(JSON.stringify(smallCorpus())),
    );
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load corpus.json: HTTP 404 Not Found');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('says where the JSON is broken', async () => {
    stubCorpusFetch(() => new Response('{"version": 1,\n  "articles": [}'));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(alert).toHaveTextContent(/at position 30 \(line 2, column 16\)/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('names the field of the record that breaks the schema', async () => {
    const bad = smallCorpus();
    (bad.quotes[0] as { speakerId: string }).speakerId = 'ghost';
    stubCorpusFetch(bad);
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('does not match the expected format');
    expect(alert).toHaveTextContent('quotes[0].speakerId: unknown actor "ghost"');
  });

  it('reports a network failure with Retry', async () => {
    stubCorpusFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not reach corpus.json: Failed to fetch');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says clearly that a corpus without quotes is empty', async () => {
    stubCorpusFetch(emptyCorpus());
    renderApp('/');
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('This corpus has no quotes');
    expect(status).toHaveTextContent('1 article');
    expect(status).toHaveTextContent('broken.txt: no title line');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("does not show the last corpus's byte count while the next one connects", async () => {
    const bytes = JSON.stringify(smallCorpus());
    const fetchMock = stubCorpusFetch((url: string) =>
      url.includes('first')
        ? new Response(bytes, { headers: { 'content-length': String(bytes.length) } })
        : new Promise<Response>(() => {}),
    );
    const { router } = renderApp('/?corpus=first.json');
    await screen.findByRole('heading', { name: 'Overview' });
    await router.navigate('/?corpus=second.json');
    const bar = await screen.findByRole('progressbar', { name: 'Loading corpus' });
    expect(bar).toHaveAttribute('aria-valuetext', 'Connecting…');
    expect(screen.getByText('second.json')).toBeInTheDocument();
    // The page may show "Connecting…" before it asks: end the test only once the stub has been
    // asked, or the request goes out after the stub is gone (an unhandled rejection later on).
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => String(url).includes('second'))).toBe(true),
    );
  });

  it('names a workspace by what it is, not by an address', async () => {
    renderApp('/?workspace=both');
    const bar = await screen.findByRole('progressbar', { name: 'Loading corpus' });
    expect(bar).toHaveAttribute('aria-valuetext', 'Opening your workspace…');
    expect(
      screen.getByText('The bundled corpus and your own articles, merged in this browser'),
    ).toBeInTheDocument();
    expect(screen.queryByText('workspace:both')).not.toBeInTheDocument();
  });
});
