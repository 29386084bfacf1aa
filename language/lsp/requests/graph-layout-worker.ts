/**
 * The worker thread that lays graphs out (bundled on its own as
 * out/graph-layout-worker.cjs), so that ELK never blocks the language server:
 * receives `{ graph }`, answers `{ layout }` or `{ error }`.
 */
import { parentPort } from 'node:worker_threads';
import { layoutDependencyGraph } from './graph-layout.js';
import type { DependencyGraph } from './protocol.js';

parentPort?.on('message', async (message: { graph: Pick<DependencyGraph, 'nodes' | 'edges'> }) => {
    try {
        parentPort!.postMessage({ layout: await layoutDependencyGraph(message.graph) });
    } catch (error) {
        parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
});
