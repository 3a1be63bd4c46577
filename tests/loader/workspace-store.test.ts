import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as WorkspaceStore from '../../src/loader/workspace-store.ts';

type Store = typeof WorkspaceStore;

/** A fresh copy of the module: what a reloaded page starts with (nothing saved by it yet). */
async function reloadedStore(): Promise<Store> {
  vi.resetModules();
  return import('../../src/loader/workspace-store.ts');
}

const workspace = (articles: number) => ({
  corpusJson: `{"articles":${articles}}`,
  savedAt: '2026-12-03T12:00:00.000Z',
  articles,
});

beforeEach(async () => {
  await (await reloadedStore()).clearWorkspace();
});

describe('workspace store', () => {
  it('reads back what the page saved, and a reloaded page finds it stored', async () => {
    const store = await reloadedStore();
    const writing = store.saveWorkspace(workspace(3));
    expect(await store.readWorkspace()).toEqual(workspace(3));
    await writing;
    expect(await (await reloadedStore()).readWorkspace()).toEqual(workspace(3));
  });

  it('keeps this page showing the workspace when the browser refuses to store it', async () => {
    const store = await reloadedStore();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await expect(store.saveWorkspace(workspace(5))).rejects.toThrow();
      expect(await store.readWorkspace()).toEqual(workspace(5));
    } finally {
      put.mockRestore();
    }
    expect(await (await reloadedStore()).readWorkspace()).toBeNull();
  });

  it('forgets the workspace on clear, here and after a reload', async () => {
    const store = await reloadedStore();
    await store.saveWorkspace(workspace(2));
    await store.clearWorkspace();
    expect(await store.readWorkspace()).toBeNull();
    expect(await (await reloadedStore()).readWorkspace()).toBeNull();
  });
});
