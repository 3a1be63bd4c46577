import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus, xssCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const panel = () => screen.getByRole('complementary', { name: 'Details' });

describe('selecting an actor', () => {
  it('opens a panel headed by the actor, with their quotes, mentions and links', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/');
    await screen.findByRole('heading', { name: 'Overview' });

    await user.click(
      within(screen.getByRole('main')).getByRole('button', { name: /^Sergey Lavrov/ }),
    );

    const heading = await within(panel()).findByRole('heading', {
      level: 2,
      name: 'Sergey Lavrov',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(params().get('actor')).toBe('sergey-lavrov');
    expect(panel()).toHaveTextContent('Russian Foreign Minister');
    expect(panel()).toHaveTextContent('Also known as Lavrov, Лавров');

    const said = within(panel()).getByRole('list', { name: 'Quotes by Sergey Lavrov' });
    const saidItems = within(said).getAllByRole('listitem');
    expect(saidItems).toHaveLength(4);
    // Newest first: Reuters (2022-03-01) before BBC (2022-01-10) before RT (2021-09-23).
    expect(saidItems[0]).toHaveTextContent('NATO has chosen confrontation');
    expect(saidItems[0]).toHaveTextContent('Reuters');
    expect(saidItems[0]).toHaveTextContent('1 Mar 2022');
    expect(saidItems[0]).toHaveTextContent('Lavrov on the alliance');
    expect(saidItems[0]).toHaveTextContent('told reporters');
    expect(saidItems[3]).toHaveTextContent('Russia is not going to join NATO');
    expect(
      within(panel()).getByRole('heading', { name: 'Quotes by Sergey Lavrov 4' }),
    ).toBeInTheDocument();
    expect(within(panel()).getByText('Quotes about Sergey Lavrov')).toBeInTheDocument();
    expect(within(panel()).getByRole('heading', { name: 'Talks about 2' })).toBeInTheDocument();
    expect(
      within(panel()).getByRole('button', { name: '4 quotes by Sergey Lavrov about NATO' }),
    ).toBeInTheDocument();
    expect(
      within(panel()).getByRole('button', { name: '2 quotes by Sergey Lavrov about Russia' }),
    ).toBeInTheDocument();
  });

  it('lets the panel select another actor, pushing history', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params, router } = renderApp('/?actor=nato');
    await within(await screen.findByRole('complementary')).findByRole('heading', { name: 'NATO' });
    expect(within(panel()).getByRole('list', { name: 'Quotes about NATO' }).children).toHaveLength(
      5,
    );
    const talkedAboutBy = within(panel())
      .getByRole('heading', { name: 'Talked about by 2' })
      .closest('section') as HTMLElement;
    await user.click(within(talkedAboutBy).getByRole('button', { name: /^Jens Stoltenberg/ }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Jens Stoltenberg' }),
    ).toBeInTheDocument();
    expect(params().get('actor')).toBe('jens-stoltenberg');
    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 2, name: 'NATO' })).toBeInTheDocument();
  });
});

describe('selecting a link', () => {
  it('lists the quotes along it, newest first', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/?actor=sergey-lavrov');
    await screen.findByRole('heading', { level: 2, name: 'Sergey Lavrov' });
    await user.click(screen.getByRole('button', { name: '4 quotes by Sergey Lavrov about NATO' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Sergey Lavrov → NATO' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(params().get('edge')).toBe('sergey-lavrov->nato');
    expect(params().get('actor')).toBeNull();
    const items = within(
      within(panel()).getByRole('list', { name: 'Quotes by Sergey Lavrov about NATO' }),
    ).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2022-03-01',
      '2022-01-10',
      '2021-09-23',
      '2021-09-23',
    ]);
    expect(panel()).toHaveTextContent('4 quotes · 23 Sep 2021 – 1 Mar 2022');
  });

  it('says when an id in the URL is unknown', async () => {
    stubCorpusFetch(smallCorpus());
    renderApp('/?edge=nobody-%3Enato');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Link not found' }),
    ).toBeInTheDocument();
  });
});

describe('opening a quote', () => {
  it('shows the article with the quote marked, caption, and previous/next within the article', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/?actor=jens-stoltenberg');
    await screen.findByRole('heading', { level: 2, name: 'Jens Stoltenberg' });
    const said = within(panel()).getByRole('list', { name: 'Quotes by Jens Stoltenberg' });
    // Newest first, so the second card is the RT quote, the last of three in its article.
    const rtCard = within(said).getAllByRole('listitem')[1] as HTMLElement;
    expect(rtCard).toHaveTextContent('the alliance remains open to dialogue');
    expect(rtCard).toHaveTextContent('indirect');
    await user.click(within(rtCard).getByRole('button', { name: 'Open in article' }));

    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Russia is not going to join NATO, Lavrov quips',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(params().get('quote')).toBe('rt-nato#2');
    expect(params().get('actor')).toBe('jens-stoltenberg');
    const reader = panel();
    expect(reader).toHaveTextContent('RT');
    expect(reader).toHaveTextContent('23 Sep 2021');
    expect(reader.querySelector('mark')).toHaveTextContent(
      /^the alliance remains open to dialogue$/,
    );
    expect(reader.querySelectorAll('mark')).toHaveLength(1);
    expect(reader).toHaveTextContent('Quote 3 of 3');
    expect(within(reader).getByRole('button', { name: 'Next quote' })).toBeDisabled();

    await user.click(within(reader).getByRole('button', { name: 'Previous quote' }));
    await waitFor(() =>
      expect(panel().querySelector('mark')).toHaveTextContent(/^Russia is not going to join NATO$/),
    );
    expect(params().get('quote')).toBe('rt-nato#1');
    expect(panel()).toHaveTextContent('Sergey Lavrov — joked');
    expect(panel()).toHaveTextContent('Quote 2 of 3');
    await user.click(within(panel()).getByRole('button', { name: 'Previous quote' }));
    await waitFor(() =>
      expect(panel().querySelector('mark')).toHaveTextContent("Guys, don't try your luck"),
    );
    expect(within(panel()).getByRole('button', { name: 'Previous quote' })).toBeDisabled();
    await user.click(within(panel()).getByRole('button', { name: 'Next quote' }));
    await waitFor(() => expect(params().get('quote')).toBe('rt-nato#1'));

    await user.click(within(panel()).getByRole('button', { name: 'Back to Jens Stoltenberg' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Jens Stoltenberg' }),
    ).toBeInTheDocument();
    expect(params().get('quote')).toBeNull();
  });

  it('scrolls the marked quote into view when the browser can', async () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    try {
      stubCorpusFetch(smallCorpus());
      renderApp('/?quote=bbc-talks%231');
      await screen.findByRole('heading', { level: 2, name: 'Stoltenberg urges talks' });
      await waitFor(() =>
        expect(scrollIntoView.mock.contexts.some((el) => (el as Element).tagName === 'MARK')).toBe(
          true,
        ),
      );
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });
});

describe('untrusted text', () => {
  it('renders markup inside quotes, titles and outlets as text, never as elements', async () => {
    stubCorpusFetch(xssCorpus());
    const { user, container } = renderApp('/?actor=sergey-lavrov');
    await screen.findByRole('heading', { level: 2, name: 'Sergey Lavrov' });
    expect(panel()).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(panel()).toHaveTextContent('<script>alert(3)</script>');
    await user.click(within(panel()).getByRole('button', { name: 'Open in article' }));
    await screen.findByRole('heading', {
      level: 2,
      name: 'Title <b>bold</b> <img src=x onerror=alert(2)>',
    });
    expect(panel().querySelector('mark')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });
});
