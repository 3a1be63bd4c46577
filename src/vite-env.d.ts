/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Extra origins `?corpus=` may load from, space- or comma-separated (src/loader/corpus-origins.ts). */
  readonly VITE_CORPUS_ORIGINS?: string;
}
