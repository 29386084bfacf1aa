/**
 * Linking stays linear in the size of the workspace. Not a timing test: it
 * counts the work the linker does (look-ups in the DefinitionIndex, scans of
 * every definition) for a generated catalogue of 2,000 and of 8,000 services
 * and teams, and asserts that the work per reference does not grow with it.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { createItsmServices } from '../../language/itsm-module.js';

/**
 * One file of `n` teams and `n` services; every service names two teams and
 * depends on two earlier services (a tree of depth log n, no cycles), half of
 * the names written plain and half fully qualified.
 */
function catalogue(n: number): string {
    const lines = ['package acme.scale', ''];
    for (let i = 0; i < n; i++) lines.push(`team Team${i} { email "team${i}@acme.example" }`);
    for (let i = 0; i < n; i++) {
        const owner = i % 2 === 0 ? `Team${i}` : `acme.scale.Team${i}`;
        const parents = i === 0 ? [] : [Math.floor((i - 1) / 2), Math.floor(i / 3)].filter((p, k, all) => all.indexOf(p) === k);
        const depends = parents.length > 0 ? `\n  depends on ${parents.map(p => `Service${p}`).join(', ')}` : '';
        lines.push(`service Service${i} {\n  kind technical\n  status live\n  owner ${owner}\n  support Team${(i + 1) % n}${depends}\n}`);
    }
    return lines.join('\n') + '\n';
}

interface Work {
    references: number;
    resolved: number;
    lookups: number;
    scans: number;
    errors: string[];
}

/** Builds the catalogue with the index's methods counted. */
async function linkingWork(n: number): Promise<Work> {
    const services = createItsmServices(EmptyFileSystem);
    const index = services.Itsm.references.DefinitionIndex;
    const lookup = vi.spyOn(index, 'lookup');
    const all = vi.spyOn(index, 'all');
    const document: LangiumDocument<Model> = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(
        catalogue(n), URI.parse('file:///ws/catalogue.itsm'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.code}: ${d.message}`);
    return {
        references: document.references.length,
        resolved: document.references.filter(r => 'ref' in r && r.ref !== undefined).length,
        lookups: lookup.mock.calls.length,
        scans: all.mock.calls.length,
        errors: errors.slice(0, 5),
    };
}

describe('linking a generated catalogue', () => {
    let small: Work;
    let large: Work;

    beforeAll(async () => {
        small = await linkingWork(2000);
        large = await linkingWork(8000);
    }, 240_000);

    it('links 2,000 services and teams with no errors', () => {
        expect(small.errors).toEqual([]);
        // 2 team references per service and 1 or 2 dependencies (none for the first).
        expect(small.references).toBeGreaterThan(3 * 2000);
        expect(small.resolved).toBe(small.references);
    });

    it('links 8,000 services and teams with no errors', () => {
        expect(large.errors).toEqual([]);
        expect(large.resolved).toBe(large.references);
        expect(large.references).toBeGreaterThan(3.9 * small.references);
    });

    // Each reference tries its candidate names (own package, imports, as written) one map look-up
    // each; the duplicate-definition rule adds one per definition.
    it('does a bounded number of index look-ups per reference at both sizes', () => {
        const perReference = (work: Work) => work.lookups / work.references;
        expect(perReference(small)).toBeLessThanOrEqual(5);
        expect(perReference(large)).toBeLessThanOrEqual(5);
        // Linear: four times the references, at most about four times the look-ups.
        expect(large.lookups).toBeLessThanOrEqual(4.5 * small.lookups);
    });

    it('scans the whole index a constant number of times, not once per reference', () => {
        expect(large.scans).toBeLessThanOrEqual(small.scans);
        expect(large.scans).toBeLessThan(20);
    });
});
