/**
 * A document's links grouped by the document they lead into, kept per
 * `document.references` array: after an edit, finding the references into
 * the edited file among a thousand dependants is a look-up per dependant
 * instead of a scan of every reference of the workspace (~36,000 at 100k
 * lines), which the edited file's own diagnostics used to wait for.
 *
 * The array is Langium's: unlinking a document replaces it, so a relinked
 * document is grouped again; an array that grew (a reference resolved
 * lazily) is grouped again too. Whoever re-points references at another
 * document must `forget` the document.
 */
import type { DefaultReference, LangiumDocument } from 'langium';

interface Grouped {
    /** The array's length when grouped. */
    length: number;
    /** Whether every reference is a plain one that resolved (the ones a re-point can handle). */
    resolved: boolean;
    /** Resolved references by the URI of the document they lead into. */
    byTarget: Map<string, DefaultReference[]>;
}

export class ReferenceTargets {
    private readonly grouped = new WeakMap<LangiumDocument['references'], Grouped>();

    /** Whether every reference of the document resolved (Langium relinks the others whole). */
    allResolved(document: LangiumDocument): boolean {
        return this.groupsOf(document).resolved;
    }

    /** Whether a reference of the document leads into one of these documents. */
    leadsInto(document: LangiumDocument, uris: ReadonlySet<string>): boolean {
        const { byTarget } = this.groupsOf(document);
        for (const uri of uris) if (byTarget.has(uri)) return true;
        return false;
    }

    /** The document's resolved references into the document at `uri`. */
    into(document: LangiumDocument, uri: string): readonly DefaultReference[] {
        return this.groupsOf(document).byTarget.get(uri) ?? [];
    }

    /** Drops what is known of the document's links (they were changed in place). */
    forget(document: LangiumDocument): void {
        this.grouped.delete(document.references);
    }

    private groupsOf(document: LangiumDocument): Grouped {
        const references = document.references;
        const known = this.grouped.get(references);
        if (known && known.length === references.length) return known;
        const byTarget = new Map<string, DefaultReference[]>();
        let resolved = true;
        for (const reference of references) {
            if (!('_ref' in reference) || reference.error !== undefined) {
                resolved = false;
                continue;
            }
            const uri = (reference as DefaultReference)._nodeDescription?.documentUri.toString();
            if (uri === undefined) continue;
            const list = byTarget.get(uri);
            if (list) list.push(reference as DefaultReference);
            else byTarget.set(uri, [reference as DefaultReference]);
        }
        const groups = { length: references.length, resolved, byTarget };
        this.grouped.set(references, groups);
        return groups;
    }
}
