/** Edit distance for "did you mean" suggestions. */

/**
 * Edit distance where swapping two neighbouring letters counts as one edit
 * (`Nwe` → `New`), or `limit + 1` as soon as it is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let beforePrevious: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
            }
            rowMin = Math.min(rowMin, current[j]);
        }
        if (rowMin > limit) return limit + 1;
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}

/**
 * The candidate closest to `name`: case differences count as nothing, and the
 * allowed distance grows with the name's length (0 below three letters, at most 3).
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    const wanted = name.toLowerCase();
    // Short names only match up to case: one edit turns any two-letter name into another.
    const limit = name.length < 3 ? 0 : Math.min(3, Math.max(1, Math.floor(name.length / 3)));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate === name) continue;
        const distance = editDistance(wanted, candidate.toLowerCase(), limit);
        if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
