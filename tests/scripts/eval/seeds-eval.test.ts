// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../../scripts/eval/eval.ts';
import { ingestTexts } from '../../ingest/support.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('extraction quality', () => {
  it('meets the targets on the hand-annotated seeds', () => {
    const r = runEval(`${ROOT}data/articles`, `${ROOT}tests/fixtures/seeds-annotation.json`);
    expect(r.misses.filter((m) => m.type === 'not-found')).toEqual([]);
    expect(r.gold).toBe(52);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('generalises to the extra fixtures written in other outlets’ styles', () => {
    const r = runEval(
      `${ROOT}tests/fixtures/ingest/extra`,
      `${ROOT}tests/fixtures/ingest/extra-annotation.json`,
    );
    expect(r.misses.filter((m) => m.type === 'not-found')).toEqual([]);
    expect(r.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the held-out fixtures above the sealed-set goals', () => {
    const r = runEval(
      `${ROOT}tests/fixtures/ingest/holdout`,
      `${ROOT}tests/fixtures/ingest/holdout-annotation.json`,
    );
    expect(r.misses.filter((m) => m.type === 'not-found')).toEqual([]);
    expect(r.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the unseen-style fixtures (wire, live blog, Q&A, TASS, Xinhua…) above the sealed-set goals', () => {
    const r = runEval(
      `${ROOT}tests/fixtures/ingest/unseen`,
      `${ROOT}tests/fixtures/ingest/unseen-annotation.json`,
    );
    expect(r.misses.filter((m) => m.type === 'not-found')).toEqual([]);
    expect(r.gold).toBe(71);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the second unseen batch above the sealed-set goals', () => {
    const r = runEval(
      `${ROOT}tests/fixtures/ingest/unseen2`,
      `${ROOT}tests/fixtures/ingest/unseen2-annotation.json`,
    );
    expect(r.misses.filter((m) => m.type === 'not-found')).toEqual([]);
    expect(r.gold).toBe(39);
    expect(r.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the third unseen batch above the sealed-set goals', () => {
    const r = runEval(
      `${ROOT}tests/fixtures/ingest/unseen3`,
      `${ROOT}tests/fixtures/ingest/unseen3-annotation.json`,
    );
    expect(r.misses.filter((m) => m.type === 'not-found')).toEqual([]);
    expect(r.gold).toBe(24);
    expect(r.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves no boilerplate line in any seed article text', () => {
    const dir = `${ROOT}data/articles`;
    const files = Object.fromEntries(
      readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')]),
    );
    const corpus = ingestTexts(files);
    const boilerplate = [
      /Like this story/i,
      /Share (it )?with (a )?friend/i,
      /Also on rt\.com/i,
      /©/,
      /Sputnik International, \d+/,
      /photo by/i,
      /comment/i,
      /Leave a Reply/i,
      /email address will not be published/i,
      /Free \$30/i,
      /log in or register/i,
      /No comments/i,
      /Post a Comment/i,
      /^\*$/m,
      /[\u0400-\u04ff]/,
      /last updated/i,
      /RT Team/,
      /publish this article on your website/i,
      /Dear readers/i,
    ];
    for (const a of corpus.articles) {
      for (const re of boilerplate) expect(a.text, `${a.file}: ${re}`).not.toMatch(re);
    }
    // The repeated paragraph of 002 is kept once.
    const a2 = corpus.articles.find((a) => a.file.startsWith('002'));
    expect(a2?.text.match(/Stoltenberg is constantly making/g)).toHaveLength(1);
  });
});
