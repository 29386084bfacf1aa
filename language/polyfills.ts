// Chevrotain 13 (under Langium 4) calls Object.groupBy, which Node 20 lacks.
// Imported first by every entry point (CLI, server, tests).
declare global {
    interface ObjectConstructor {
        groupBy?: unknown;
    }
}

if (typeof Object.groupBy !== 'function') {
    Object.groupBy = function groupBy<T>(items: Iterable<T>, keyOf: (item: T, index: number) => PropertyKey) {
        const groups: Record<PropertyKey, T[]> = Object.create(null);
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}

export {};
