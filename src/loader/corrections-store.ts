import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { CorrectionSchema } from '../corpus/correction-schema.ts';
import type { StoredCorrection } from './stored-correction.ts';

/**
 * Where a reader's corrections live: IndexedDB (through `idb`), one list per corpus identity.
 * The key is chosen by the caller: `corpusKeyForUrl` for a corpus opened by address;
 * a workspace built in the page can pass its own stable key (e.g. a content hash) and reuse
 * the same store. Nothing here talks to the network.
 */

/** A stored correction as read back: anything else in the record is dropped with it. */
export const StoredCorrectionSchema: z.ZodType<StoredCorrection> = z.object({
  id: z.string().min(1),
  at: z.number(),
  correction: CorrectionSchema,
});

interface CorrectionsDb extends DBSchema {
  corrections: { key: string; value: { key: string; items: unknown } };
}

const DB_NAME = 'quotegraph';
const STORE = 'corrections';
let db: Promise<IDBPDatabase<CorrectionsDb>> | null = null;

function open(): Promise<IDBPDatabase<CorrectionsDb>> {
  db ??= openDB<CorrectionsDb>(`${DB_NAME}-corrections`, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'key' });
    },
  });
  return db;
}

/** The corrections stored for `key`, oldest first; [] when none or when the record is unreadable. */
export async function loadCorrections(key: string): Promise<StoredCorrection[]> {
  const record = await (await open()).get(STORE, key);
  const parsed = z.array(StoredCorrectionSchema).safeParse(record?.items ?? []);
  return parsed.success ? parsed.data : [];
}

/** Replaces the corrections stored for `key` (an empty list deletes the record). */
export async function saveCorrections(
  key: string,
  items: readonly StoredCorrection[],
): Promise<void> {
  const database = await open();
  if (items.length === 0) await database.delete(STORE, key);
  else await database.put(STORE, { key, items: [...items] });
}

/** Forgets the open connection (tests swap the IndexedDB implementation between files). */
export function closeCorrectionsStore(): void {
  void db?.then((d) => d.close());
  db = null;
}
