import { describe, expect, it } from 'vitest';
import { getHeapStatistics } from 'node:v8';
import { collectGarbage, collectGarbageIfGrown, GROWTH_BEFORE_COLLECTING } from '../../language/lsp/idle-gc.js';

describe('collecting garbage when the workspace is quiet', () => {
    it('runs a full collection without --expose-gc on the command line', () => {
        let garbage: unknown[] | undefined = Array.from({ length: 400_000 }, (_, i) => ({ i, text: `item ${i}` }));
        expect(garbage.length).toBe(400_000);
        const before = process.memoryUsage().heapUsed;
        garbage = undefined;
        expect(collectGarbage()).toBe(true);
        // ~40 MB of objects were unreachable: a full collection frees them (a young-generation one alone may not).
        expect(process.memoryUsage().heapUsed).toBeLessThan(before - 20 * 1024 * 1024);
        expect(garbage).toBeUndefined();
    });

    it('collects again only once the heap has grown by half since', () => {
        expect(collectGarbage()).toBe(true);
        const live = getHeapStatistics().used_heap_size;
        if (getHeapStatistics().total_heap_size < live * GROWTH_BEFORE_COLLECTING) expect(collectGarbageIfGrown()).toBe(false);
        const kept = Array.from({ length: 3 }, () => new Array<number>(Math.ceil(live / 8)).fill(0.5)); // on the V8 heap, unlike a typed array's buffer
        expect(getHeapStatistics().total_heap_size).toBeGreaterThanOrEqual(live * GROWTH_BEFORE_COLLECTING);
        expect(collectGarbageIfGrown()).toBe(true);
        expect(kept).toHaveLength(3);
    });
});
