import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The user's own articles, kept in this browser (IndexedDB, through `idb`) so the workspace is
 * there again after a reload. Stored as the corpus JSON text the ingest made: the same
 * contract as corpus.json, validated again on every load like any other corpus.
 */

export interface StoredWorkspace {
  corpusJson: string;
  /** ISO time of the ingest. */
  savedAt: string;
  articles: number;
}

interface WorkspaceDb extends DBSchema {
  workspace: { key: string; value: StoredWorkspace };
}

const DB_NAME = 'quotegraph';
const OWN = 'own';

let db: Promise<IDBPDatabase<WorkspaceDb>> | null = null;
/**
 * What this page saved last, while it is still open: reading it back is then immediate, and
 * a fresh ingest is shown without waiting for IndexedDB to write and read back megabytes.
 * Undefined: this page saved nothing, so the stored copy (a reload's) is the one.
 */
let saved: StoredWorkspace | null | undefined;

function open(): Promise<IDBPDatabase<WorkspaceDb>> {
  db ??= openDB<WorkspaceDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('workspace');
    },
  });
  return db;
}

/** The stored workspace, or null when there is none (or this browser keeps no storage). */
export async function readWorkspace(): Promise<StoredWorkspace | null> {
  if (saved !== undefined) return saved;
  try {
    return (await (await open()).get('workspace', OWN)) ?? null;
  } catch {
    return null;
  }
}

/**
 * Replaces the stored workspace. {@link readWorkspace} answers with it at once (this page's
 * copy, even when storing fails); the promise rejects when the browser refuses to keep it
 * (quota, private mode), so the workspace would be gone after a reload.
 */
export async function saveWorkspace(workspace: StoredWorkspace): Promise<void> {
  saved = workspace;
  await (await open()).put('workspace', workspace, OWN);
}

/** Forgets the stored workspace. */
export async function clearWorkspace(): Promise<void> {
  saved = null;
  await (await open()).delete('workspace', OWN);
}
