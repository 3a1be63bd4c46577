import { lazy } from 'react';

// The timeline (with d3-brush and the time scales, ~10 kB gzip) sits under the graph and is not
// needed for the first picture: its chunk is asked for as soon as this module runs, in
// parallel with the corpus download, so it is in before the corpus is, and kept out of the
// page's initial JavaScript.
const timelineModule = import('../features/timeline/timeline-panel.tsx');
/** The timeline panel, loaded on its own (see above): render it under a Suspense boundary. */
export const TimelinePanel = lazy(() => timelineModule.then((m) => ({ default: m.TimelinePanel })));
