/**
 * Runs graph layouts off the language server's thread. ELK takes about a
 * second for a few hundred nodes, which must not stall completion or
 * diagnostics, so the layout runs in a worker thread (out/graph-layout-worker.cjs,
 * next to the bundled server) when there is one, and in-process otherwise
 * (tests from source). One layout at a time: a newer request ends the one
 * under way (the panel only wants the latest), and a layout that takes longer
 * than `timeoutMs` is stopped.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { layoutDependencyGraph } from './graph-layout.js';
import type { DependencyGraph, GraphLayout } from './protocol.js';

export const WORKER_FILE = 'graph-layout-worker.cjs';
export const LAYOUT_TIMEOUT_MS = 30_000;

export class LayoutSuperseded extends Error {
    constructor() {
        super('A newer graph was asked for.');
    }
}

export class LayoutTimeout extends Error {}

export class LayoutRunner {
    private worker: Worker | undefined;
    private pending: { reject: (error: Error) => void } | undefined;

    constructor(private readonly workerFile: string | undefined = defaultWorkerFile(), private readonly timeoutMs = LAYOUT_TIMEOUT_MS) {}

    get usesWorker(): boolean {
        return this.workerFile !== undefined;
    }

    async layout(graph: Pick<DependencyGraph, 'nodes' | 'edges'>): Promise<GraphLayout> {
        if (!this.workerFile) return layoutDependencyGraph(graph);
        if (this.pending) this.stop(new LayoutSuperseded());
        const worker = this.worker ??= new Worker(this.workerFile);
        worker.unref();
        return new Promise<GraphLayout>((resolve, reject) => {
            const timer = setTimeout(() => this.stop(new LayoutTimeout(
                `The graph is too large to lay out in ${Math.round(this.timeoutMs / 1000)} s (${graph.nodes.length} nodes); show one service or CI instead.`)), this.timeoutMs);
            const done = () => {
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('error', onError);
                this.pending = undefined;
            };
            const onMessage = (message: { layout?: GraphLayout; error?: string }) => {
                done();
                if (message.layout) resolve(message.layout);
                else reject(new Error(message.error ?? 'the layout failed'));
            };
            const onError = (error: Error) => {
                done();
                this.worker = undefined;
                reject(error);
            };
            this.pending = { reject: error => { done(); reject(error); } };
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.postMessage({ graph: { nodes: graph.nodes, edges: graph.edges } });
        });
    }

    /** Ends the layout under way (and its worker; the next layout starts another). */
    private stop(reason: Error): void {
        const pending = this.pending;
        const worker = this.worker;
        this.worker = undefined;
        pending?.reject(reason);
        void worker?.terminate();
    }

    dispose(): void {
        this.stop(new LayoutSuperseded());
    }
}

/** out/graph-layout-worker.cjs when running from the bundle in out/. */
function defaultWorkerFile(): string | undefined {
    const file = path.join(__dirname, WORKER_FILE);
    return existsSync(file) ? file : undefined;
}
