import { lazy, useState, type ComponentProps } from 'react';
import type { TimelinePanel as Panel } from '../features/timeline/timeline-panel.tsx';

// The timeline (with d3-brush and the time scales, ~10 kB gzip) sits under the graph and is not
// needed for the first picture: its chunk is asked for as soon as this module runs, in
// parallel with the corpus download, and kept out of the page's initial JavaScript.
let loaded: typeof Panel | null = null;
const timelineModule = import('../features/timeline/timeline-panel.tsx').then((m) => {
  loaded = m.TimelinePanel;
  return m;
});
const LazyPanel = lazy(() => timelineModule.then((m) => ({ default: m.TimelinePanel })));

/**
 * The timeline panel, loaded on its own (see above); render it under a Suspense boundary. The
 * chunk is nearly always in before the corpus is: then the panel renders at once, without a
 * fallback (React keeps a fallback it has shown for at least 300 ms).
 */
export function TimelinePanel(props: ComponentProps<typeof Panel>) {
  // Chosen once per mount: switching component types would remount the panel and its brush.
  const [Chosen] = useState(() => loaded ?? LazyPanel);
  return <Chosen {...props} />;
}
