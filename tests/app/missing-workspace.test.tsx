// A ?workspace= link opened in a browser that keeps no workspace (another machine, site data
// cleared): the page says what is missing and offers what helps, not a network error.
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

describe('a workspace this browser does not keep', () => {
  it('says so and offers to add articles instead of a useless Retry', async () => {
    renderApp('/?workspace=own');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^No workspace is kept in this browser/);
    expect(alert).not.toHaveTextContent(/could not be reached/);
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Open the bundled corpus' })).toBeVisible();
    // That it opens the dialog is checked in Chromium (tests/e2e/own-articles.test.ts): jsdom
    // has no showModal.
    expect(within(alert).getByRole('button', { name: 'Add your articles' })).toBeVisible();
  });
});
