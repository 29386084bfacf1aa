/**
 * A full garbage collection once the workspace is quiet, when the heap has
 * grown well past what was live after the last one. V8 lets the heap of a
 * long editing session grow to several times what is live between its own
 * full collections (at 100k lines: ~170 MB live, RSS up to ~800 MB after 500
 * edits). A collection after the background pass — the user has paused —
 * gives that memory back; only when the heap has grown by half, so that it
 * is rare and a keystroke seldom meets it. tsserver also collects on its own.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Collect once the heap is this many times what was live after the last collection. */
export const GROWTH_BEFORE_COLLECTING = 1.5;

let collect: (() => void) | undefined | null;
let liveAfterLast = 0;

/** Node's `gc`, exposed once (without `--expose-gc` on the command line); null where it cannot be had. */
function gcFunction(): (() => void) | null {
    if (collect !== undefined) return collect;
    try {
        if (typeof globalThis.gc !== 'function') setFlagsFromString('--expose-gc');
        const found: unknown = globalThis.gc ?? runInNewContext('gc');
        collect = typeof found === 'function' ? found as () => void : null;
    } catch {
        collect = null;
    }
    return collect;
}

/** Collects garbage now, fully; false where the runtime does not allow it. */
export function collectGarbage(): boolean {
    const gc = gcFunction();
    if (!gc) return false;
    gc();
    liveAfterLast = getHeapStatistics().used_heap_size;
    return true;
}

/** Collects garbage if the heap has grown by GROWTH_BEFORE_COLLECTING since the last collection here (or there was none). */
export function collectGarbageIfGrown(): boolean {
    if (liveAfterLast > 0 && getHeapStatistics().total_heap_size < liveAfterLast * GROWTH_BEFORE_COLLECTING) return false;
    return collectGarbage();
}
