/// <reference lib="webworker" />
import { layoutMessageHandler, type LayoutPageMessage } from './layout-protocol.ts';

// Runs the (pure, deterministic) layout off the main thread for large graphs, in slices so a
// cancel or a newer request stops it between them (see layout-protocol.ts).
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = layoutMessageHandler((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<LayoutPageMessage>) => handle(event.data);
