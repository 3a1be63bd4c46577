import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGraphPage, serveBuiltApp } from './support/built-app.ts';

// Corrections (#14) in Chromium on the bundled corpus: a merge and a speaker change made through
// the actor panel and a quote card, seen in the graph's buttons and the panel, undone, kept
// across a reload (IndexedDB), and downloaded as an overrides file the CLI reads.
// Screenshots: tests/e2e/screenshots/corrections-*.png.

const SHOTS = 'tests/e2e/screenshots';
const app = serveBuiltApp();

interface CorpusFile {
  actors: { id: string; name: string }[];
  quotes: { id: string; speakerId: string }[];
}
const corpus = JSON.parse(
  readFileSync(`${process.env.QG_DIST ?? 'dist'}/corpus.json`, 'utf8'),
) as CorpusFile;

const actorButtons = (page: Page, name: string) =>
  page
    .getByRole('group', { name: /^Actors/ })
    .getByRole('button', { name: new RegExp(`^${name},`) });

/** The least quoted speaker with a button, and a target to merge it into. */
function pickMerge(): { from: string; into: string } {
  const said = new Map<string, number>();
  for (const q of corpus.quotes) said.set(q.speakerId, (said.get(q.speakerId) ?? 0) + 1);
  const speakers = [...said]
    .filter(([id]) => id !== 'unknown')
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const name = (id: string) => corpus.actors.find((a) => a.id === id)?.name ?? id;
  const from = speakers[0]?.[0];
  const into = speakers[speakers.length - 1]?.[0];
  if (!from || !into) throw new Error('the bundled corpus has too few speakers');
  return { from: name(from), into: name(into) };
}

async function openCorrections(page: Page) {
  await page.getByRole('button', { name: /^Corrections/ }).click();
}

/** How many corrections IndexedDB holds over all corpora (the store the app writes). */
function storedCorrections(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('quotegraph-corrections');
        open.onerror = () => resolve(-1);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('corrections')) return resolve(0);
          const all = db.transaction('corrections').objectStore('corrections').getAll();
          all.onsuccess = () => {
            const records = all.result as { items: unknown[] }[];
            resolve(records.reduce((n, r) => n + r.items.length, 0));
            db.close();
          };
          all.onerror = () => resolve(-1);
        };
      }),
  );
}

describe('corrections in Chromium', () => {
  it('merges an actor, changes a speaker, undoes, keeps them across a reload, downloads them', async () => {
    const { from, into } = pickMerge();
    const page = await openGraphPage(app, '/');
    const context = page.context();
    await actorButtons(page, from).first().click();
    await page.getByRole('heading', { name: from }).first().waitFor();

    await page.getByText('Correct this actor').click();
    await page.getByRole('combobox', { name: `Merge ${from} into` }).selectOption({ label: into });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    // Merged away: no button names it any more; the target is marked as corrected.
    await expect.poll(() => actorButtons(page, from).count()).toBe(0);
    await actorButtons(page, into).first().click();
    await page.getByRole('heading', { name: into }).first().waitFor();
    await expect
      .poll(() => page.getByRole('note', { name: 'Corrected by you' }).count())
      .toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/corrections-merged.png` });

    // Change the speaker of the target's first quote to the unknown speaker's opposite: any other actor.
    const card = page.getByRole('button', { name: 'Correct quote' }).first();
    await card.click();
    const other = corpus.actors.find(
      (a) => a.name !== into && a.name !== from && a.id !== 'unknown',
    );
    if (!other) throw new Error('no other actor');
    await page.getByRole('combobox', { name: 'New speaker' }).selectOption({ label: other.name });
    await page.getByRole('button', { name: 'Change speaker' }).click();
    await openCorrections(page);
    await expect
      .poll(() => page.getByRole('button', { name: /^Remove correction/ }).count())
      .toBe(2);
    await page.screenshot({ path: `${SHOTS}/corrections-menu.png` });

    // Undo the speaker change; the merge stays.
    await page.getByRole('button', { name: 'Undo last correction' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Remove correction/ }).count())
      .toBe(1);

    // Kept across a reload (IndexedDB, same context), once the write has landed.
    await expect.poll(() => storedCorrections(page)).toBe(1);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
    await expect.poll(() => actorButtons(page, from).count()).toBe(0);
    await openCorrections(page);
    await expect
      .poll(() => page.getByRole('button', { name: /^Remove correction/ }).count())
      .toBe(1);

    // The overrides file: the --actors format with the merge in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download overrides file' }).click(),
    ]);
    const file = await download.path();
    const overrides = JSON.parse(readFileSync(file, 'utf8')) as {
      actors: { name: string; aliases?: string[] }[];
      merges?: unknown[];
    };
    const target = overrides.actors.find((a) => a.name === into);
    expect(target?.aliases ?? []).toContain(from);

    // Removing the last correction brings the actor back.
    await page
      .getByRole('button', { name: /^Remove correction/ })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await expect.poll(() => actorButtons(page, from).count()).toBeGreaterThan(0);
    await context.close();
  });
});
