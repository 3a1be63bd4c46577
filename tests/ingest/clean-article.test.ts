// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/ingest/article-date.ts';
import { cleanArticle, compileOutlets } from '../../src/ingest/clean-article.ts';
import { loadOutlets } from '../../scripts/ingest/load-data.ts';

const outlets = compileOutlets(loadOutlets());
const seed = (name: string): string =>
  readFileSync(new URL(`../../data/articles/${name}`, import.meta.url), 'utf8');

describe('cleanArticle', () => {
  it('reads the header date and the title from a " date YYYY-MM-DD Title" first line', () => {
    const c = cleanArticle(' date 2021-09-23 Big news today\nBody line one.\n', outlets);
    expect(c).toMatchObject({ title: 'Big news today', date: '2021-09-23', dateSource: 'header' });
    expect(c.text).toBe('Body line one.');
  });

  it('takes a body date from a dateline or caption, never from an "updated" line', () => {
    expect(cleanArticle('T\nTuesday, 28 December 2021 6:37 PM\nBody.', outlets)).toMatchObject({
      date: '2021-12-28',
      dateSource: 'body',
      text: 'Body.',
    });
    expect(
      cleanArticle('T\nThis article was last updated on April 16, 2022\nBody.', outlets),
    ).toMatchObject({
      date: null,
      dateSource: 'none',
      text: 'Body.',
    });
  });

  it('strips share prompts, promo headlines glued to a paragraph, captions, comment sections and ads', () => {
    const raw = [
      'Title',
      '© AP Photo / Someone',
      'A caption - Sputnik International, 1920, 31.10.2021',
      'Related Headline Without A Full Stop',
      'First paragraph ends here.Also on rt.com Some promo headline, Putin says',
      'Canada: Free $30 Oye! Times readers Get FREE $30 to spend on Amazon, Walmart…',
      'Like this story? Share it with a friend!',
      'Second paragraph (photo by AFP) stays.',
      '*',
      'Заголовок отправляемого материала',
      'Dear readers and commenters,',
      'We have implemented a new engine for our comment section.',
    ].join('\n');
    const c = cleanArticle(raw, outlets);
    expect(c.paragraphs).toEqual(['First paragraph ends here.', 'Second paragraph stays.']);
    expect(c.date).toBe('2021-10-31');
  });

  it('keeps one copy of a paragraph repeated with other quote marks and apostrophes', () => {
    const c = cleanArticle(
      'T\n\nHe said, "it\'s done."\n\nHe said, “it’s  done.”\n\nOther.',
      outlets,
    );
    expect(c.paragraphs).toEqual(['He said, "it\'s done."', 'Other.']);
  });

  it('joins hard-wrapped lines and records paragraph offsets into the text', () => {
    const c = cleanArticle(
      'T\nThe minister said the talks\nwould resume soon.\nNext one.',
      outlets,
    );
    expect(c.paragraphs).toEqual(['The minister said the talks would resume soon.', 'Next one.']);
    expect(
      c.paragraphStarts.map((s, i) => c.text.slice(s, s + (c.paragraphs[i]?.length ?? 0))),
    ).toEqual(c.paragraphs);
  });

  it('names the outlet only where the text names it', () => {
    expect(cleanArticle(seed('000_699ef44be7be3d75.txt'), outlets).outlet).toBe('RT');
    expect(cleanArticle(seed('001_88260169c3366fe2.txt'), outlets).outlet).toBe('Sputnik');
    expect(cleanArticle(seed('003_ca6517b7cfd7a852.txt'), outlets).outlet).toBe('Oye! Times');
    expect(cleanArticle(seed('004_f482e130b411ebe4.txt'), outlets).outlet).toBeNull();
    expect(cleanArticle('T\nLONDON (Reuters) - Body.', outlets).outlet).toBe('Reuters');
  });
});

describe('findDate', () => {
  it('reads ISO, dotted, day-month and month-day dates and refuses impossible ones', () => {
    expect(findDate('on 2021-10-31')?.iso).toBe('2021-10-31');
    expect(findDate('1920, 31.10.2021')?.iso).toBe('2021-10-31');
    expect(findDate('Tuesday, 28 December 2021 6:37 PM')?.iso).toBe('2021-12-28');
    expect(findDate('Dec. 5, 2019')?.iso).toBe('2019-12-05');
    expect(findDate('31.02.2021')).toBeNull();
  });
});
