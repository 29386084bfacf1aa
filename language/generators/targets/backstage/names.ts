/**
 * Names for tools that want DNS labels (RFC 1123: lowercase `[a-z0-9-]`, at
 * most 63 characters, starting and ending with a letter or digit): Backstage
 * entity names and namespaces, OpenSLO object names.
 *
 * A label is derived from the definition's name alone (`DnsSecondary` →
 * `dns-secondary`), so it is stable while the catalogue grows. When two
 * definitions would get the same label in one scope, *every* one of them gets
 * a suffix: the FNV-1a hash of its key (for Backstage `Component acme.it.Dns`
 * → `dns-6f4f5810`). No definition wins by the order of the files, and a name
 * depends only on the key and on the fact of the collision.
 */

export const MAX_LABEL_LENGTH = 63;

/** `DnsSecondary` → `dns-secondary`, `acme.it` → `acme-it`, `Zürich_DC` → `zurich-dc`; never empty. */
export function dnsLabel(text: string, maxLength = MAX_LABEL_LENGTH): string {
    const words = text
        .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        // `HTTPServer` → `HTTP-Server`. A lookahead, not `([A-Z]+)([A-Z][a-z])`: that backtracks quadratically on long capitals.
        .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1-')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return truncateLabel(words || 'unnamed', maxLength);
}

/** Cuts a label to `maxLength` characters without leaving a trailing `-`. */
export function truncateLabel(label: string, maxLength = MAX_LABEL_LENGTH): string {
    return label.slice(0, maxLength).replace(/-+$/, '') || 'x';
}

/** 32-bit FNV-1a over the UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
}

export interface NameRequest {
    /** What the name is for, unique over all requests (a qualified name). */
    key: string;
    /** Names must be unique within a scope (for Backstage: kind and namespace). */
    scope: string;
    /** The label the key would get without collisions (from `dnsLabel`). */
    base: string;
}

/**
 * Unique labels for a set of requests, by key. Requests whose base is taken by
 * no other request in their scope keep it; the others get `-<hash>` (and, in
 * the unlikely case that the result is taken too, a hash of `key#2`, `key#3` …).
 */
export function assignNames(requests: readonly NameRequest[]): Map<string, string> {
    const groups = new Map<string, NameRequest[]>();
    // A key asked for twice in one scope (definitions sharing a name, an error of the input) is one request:
    // as two, each copy would collide with the others and probe ever more hashes — quadratic in the copies.
    const asked = new Set<string>();
    for (const request of requests) {
        const once = `${request.scope}\u0000${request.key}`;
        if (asked.has(once)) continue;
        asked.add(once);
        const group = `${request.scope}\u0000${request.base}`;
        const members = groups.get(group);
        if (members) members.push(request);
        else groups.set(group, [request]);
    }
    const names = new Map<string, string>();
    const taken = new Set<string>();
    const colliding: NameRequest[] = [];
    for (const group of groups.values()) {
        if (group.length === 1) {
            names.set(group[0].key, group[0].base);
            taken.add(`${group[0].scope}\u0000${group[0].base}`);
        } else {
            colliding.push(...group);
        }
    }
    colliding.sort((a, b) => compareText(a.key, b.key));
    for (const request of colliding) {
        for (let attempt = 1; ; attempt++) {
            const hash = fnv1a(attempt === 1 ? request.key : `${request.key}#${attempt}`);
            const name = `${truncateLabel(request.base, MAX_LABEL_LENGTH - hash.length - 1)}-${hash}`;
            if (!taken.has(`${request.scope}\u0000${name}`)) {
                names.set(request.key, name);
                taken.add(`${request.scope}\u0000${name}`);
                break;
            }
        }
    }
    return names;
}

/** `acme.it.Email` → package `acme.it`, local name `Email`; a name without a dot has no package. */
export function splitQualifiedName(qualifiedName: string): { packageName?: string; localName: string } {
    const dot = qualifiedName.lastIndexOf('.');
    return dot < 0
        ? { localName: qualifiedName }
        : { packageName: qualifiedName.slice(0, dot), localName: qualifiedName.slice(dot + 1) };
}

/** Code-point order, independent of the locale. */
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** A percentage as text the way it was written: `99.9%`. */
export function formatPercent(percent: number): string {
    return `${Number(percent.toFixed(6))}%`;
}
