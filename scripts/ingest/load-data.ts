import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  mergeKnownActors,
  parseKnownActors,
  parseOutlets,
  type KnownActor,
  type Outlet,
} from '../../src/ingest/known-actors.ts';

/** Repository data files, located from this script so the CLI works from any directory. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** data/actors.json merged with any extra actors files (later files extend earlier ones). Throws with the file name. */
export function loadKnownActors(extraFiles: readonly string[] = []): KnownActor[] {
  const lists = [`${DATA_DIR}actors.json`, ...extraFiles].map((file) => {
    let value: unknown;
    try {
      value = readJson(file);
    } catch (error) {
      throw new Error(
        `cannot use actors file ${file}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    // parseKnownActors names the file, the entry and the field.
    return parseKnownActors(value, `cannot use actors file ${file}`);
  });
  return mergeKnownActors(...lists);
}

export function loadOutlets(): Outlet[] {
  return parseOutlets(readJson(`${DATA_DIR}outlets.json`), 'data/outlets.json');
}
