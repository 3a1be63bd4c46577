import { formatCount, formatNumber } from '../../components/format.ts';
import { ingestRate, type IngestProgress } from '../../loader/ingest-protocol.ts';

/**
 * What the progress bar says (its `aria-valuetext` and the live line under it): files done of
 * total with the rate and time left while reading, then the layout's share, then the writing.
 * `null` is the moment between the pick and the worker's first report. Pure.
 */
export function progressText(progress: IngestProgress | null): string {
  if (!progress) return 'Starting…';
  const read = `${formatCount(progress.articles, 'article')} read`;
  if (progress.stage === 'layout')
    return `${read}; laying out ${formatCount(progress.actors, 'actor')}: ${Math.floor(100 * progress.layoutShare)} %`;
  if (progress.stage === 'writing') return `${read}; writing the workspace…`;
  const rate = ingestRate(progress);
  const base = `${formatNumber(progress.done)} of ${formatCount(progress.total, 'file')}`;
  if (!rate) return base;
  return `${base}, ${formatNumber(Math.round(rate.perSecond))} articles/s, about ${Math.ceil(rate.secondsLeft)} s left`;
}
