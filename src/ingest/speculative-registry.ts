import type { ActorKind } from '../corpus/schema.ts';
import { ActorRegistry } from './actor-registry.ts';

/**
 * Optimistic parallel ingest (docs/scale.md, Every core). An article's extraction reads and
 * mutates the corpus-wide {@link ActorRegistry}, so article k depends on articles 0…k−1. A
 * worker thread ingests articles against its own registry, a {@link RecordingRegistry} that logs
 * every registry call with its answer; the thread that owns the real registry then replays
 * the log in file order ({@link replayRegistryLog}). When every answer is the same against the
 * real registry, the worker's output is exactly what the sequential ingest would have produced
 * (the extractor is deterministic given the text and those answers) and the log's mutations
 * have been applied; when one differs, the replay is undone and the caller ingests the article
 * itself. Output is therefore byte-identical for any number of workers; only speed varies.
 */

/** Registry methods the extractor calls during one article, by log code. */
const METHODS = [
  'has',
  'kindOf',
  'roleOf',
  'affiliationOf',
  'nameOf',
  'known',
  'findPerson',
  'findBySurname',
  'person',
  'entity',
  'noteAlias',
  'noteRole',
  'markUsed',
] as const;
type Method = (typeof METHODS)[number];
const CODE = new Map<Method, number>(METHODS.map((m, i) => [m, i]));

/** Answers are strings, booleans, null or undefined: compared with `===`. */
type Answer = string | boolean | null | undefined;

/**
 * One article's registry calls, flat: [method code, arg1, arg2, arg3, answer] per call, so it
 * crosses threads as one array of primitives (cheap to clone).
 */
export type RegistryLog = (number | string | boolean | null | undefined)[];

const STRIDE = 5;

/**
 * An {@link ActorRegistry} that appends each top-level call and its answer to {@link log}
 * (calls the registry makes to itself are part of the outer call and are not logged).
 * `known()` is logged by {@link ActorRegistry.knownSignature}, which determines its answer.
 */
export class RecordingRegistry extends ActorRegistry {
  log: RegistryLog = [];
  private depth = 0;

  private record<T extends Answer>(
    method: Method,
    a: Answer,
    b: Answer,
    c: Answer,
    run: () => T,
  ): T {
    this.depth += 1;
    let answer: T;
    try {
      answer = run();
    } finally {
      this.depth -= 1;
    }
    if (this.depth === 0) this.log.push(CODE.get(method) ?? -1, a, b, c, answer);
    return answer;
  }

  override has(id: string): boolean {
    return this.record('has', id, null, null, () => super.has(id));
  }
  override kindOf(id: string): ActorKind {
    return this.record('kindOf', id, null, null, () => super.kindOf(id));
  }
  override roleOf(id: string): string | null {
    return this.record('roleOf', id, null, null, () => super.roleOf(id));
  }
  override affiliationOf(id: string): string | null {
    return this.record('affiliationOf', id, null, null, () => super.affiliationOf(id));
  }
  override nameOf(id: string): string {
    return this.record('nameOf', id, null, null, () => super.nameOf(id));
  }
  override known(): ReturnType<ActorRegistry['known']> {
    if (this.depth === 0)
      this.log.push(CODE.get('known') ?? -1, null, null, null, this.knownSignature());
    return super.known();
  }
  override findPerson(fullName: string): string | undefined {
    return this.record('findPerson', fullName, null, null, () => super.findPerson(fullName));
  }
  override findBySurname(surname: string): string | undefined {
    return this.record('findBySurname', surname, null, null, () => super.findBySurname(surname));
  }
  override person(name: string, role: string | null): string {
    return this.record('person', name, role, null, () => super.person(name, role));
  }
  override entity(given: string, kind: ActorKind, role: string | null = null): string {
    return this.record('entity', given, kind, role, () => super.entity(given, kind, role));
  }
  override noteAlias(id: string, given: string): void {
    this.record('noteAlias', id, given, null, () => {
      super.noteAlias(id, given);
      return undefined;
    });
  }
  override noteRole(id: string, role: string): void {
    this.record('noteRole', id, role, null, () => {
      super.noteRole(id, role);
      return undefined;
    });
  }
  override markUsed(id: string): void {
    this.record('markUsed', id, null, null, () => {
      super.markUsed(id);
      return undefined;
    });
  }
}

const str = (v: Answer): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: Answer): string | null => (typeof v === 'string' ? v : null);

function apply(registry: ActorRegistry, code: number, a: Answer, b: Answer, c: Answer): Answer {
  switch (METHODS[code]) {
    case 'has':
      return registry.has(str(a));
    case 'kindOf':
      return registry.kindOf(str(a));
    case 'roleOf':
      return registry.roleOf(str(a));
    case 'affiliationOf':
      return registry.affiliationOf(str(a));
    case 'nameOf':
      return registry.nameOf(str(a));
    case 'known':
      return registry.knownSignature();
    case 'findPerson':
      return registry.findPerson(str(a));
    case 'findBySurname':
      return registry.findBySurname(str(a));
    case 'person':
      return registry.person(str(a), strOrNull(b));
    case 'entity':
      return registry.entity(str(a), str(b) as ActorKind, strOrNull(c));
    case 'noteAlias':
      registry.noteAlias(str(a), str(b));
      return undefined;
    case 'noteRole':
      registry.noteRole(str(a), str(b));
      return undefined;
    case 'markUsed':
      registry.markUsed(str(a));
      return undefined;
    default:
      // An unknown code cannot be checked: treat it as a disagreement.
      return Symbol.for('unknown') as unknown as Answer;
  }
}

/**
 * Replays `log` against `registry` in order. True when every answer equals the logged one: the
 * log's mutations are then kept. False at the first difference: every mutation of the replay
 * is undone, and `registry` is as it was. Mutates `registry` (through its transaction).
 */
export function replayRegistryLog(registry: ActorRegistry, log: RegistryLog): boolean {
  if (log.length % STRIDE !== 0) return false;
  registry.begin();
  for (let i = 0; i < log.length; i += STRIDE) {
    const code = log[i];
    const answer = apply(
      registry,
      typeof code === 'number' ? code : -1,
      log[i + 1] as Answer,
      log[i + 2] as Answer,
      log[i + 3] as Answer,
    );
    if (answer !== log[i + 4]) {
      registry.rollback();
      return false;
    }
  }
  registry.commit();
  return true;
}
