/**
 * Markdown → the plain-text form the extractor reads (first line the title, paragraphs apart).
 * Deliberately small: articles saved as Markdown use headings, emphasis, links, quotes and
 * lists; their quotation marks are what matters and are left untouched.
 */

/** Lines that carry no article text: code fences, rules, HTML comments, link definitions. */
const DROPPED_LINE = /^\s*(?:```.*|~~~.*|(?:[-*_]\s*){3,}|<!--.*-->|\[[^\]]+\]:\s*\S+.*)$/;

/**
 * The text of a Markdown document: heading marks, block quotes and list bullets dropped,
 * `[text](url)` and `![alt](src)` reduced to their text, `**`, `__`, `*`, `_` and backtick
 * emphasis removed, a YAML front matter block skipped. Pure; never throws. The result is what
 * the corpus stores, so quote offsets point into it.
 */
export function markdownToText(markdown: string): string {
  let lines = markdown.split('\n');
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    if (end > 0) lines = lines.slice(end + 1);
  }
  return lines
    .filter((line) => !DROPPED_LINE.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\s+#+\s*$/, '')
        .replace(/^\s*(?:>\s?)+/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/(^|[\s(])[*_](?=\S)(.+?)(?<=\S)[*_](?=$|[\s).,;:!?])/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1'),
    )
    .join('\n')
    .replace(/^\n+/, '');
}
