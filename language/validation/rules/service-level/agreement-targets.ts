/**
 * What the priority-target rules share: how an agreement is named in
 * messages, which priorities a matrix can yield, and which matrices declare
 * a priority name. Matrix facts are computed once per build (AnalysisCache).
 */
import type { Agreement, PriorityLevel, PriorityMatrix, PriorityTarget } from '../../../generated/ast.js';
import { isPriorityMatrix } from '../../../generated/ast.js';
import type { ItsmServices } from '../../../itsm-module.js';

const KINDS: Record<Agreement['$type'], string> = { Sla: 'SLA', Ola: 'OLA', UnderpinningContract: 'Underpinning contract' };

/** "SLA Platinum", "OLA MessagingOLA", "Underpinning contract CarrierUC". */
export function agreementLabel(agreement: Agreement): string {
    return `${KINDS[agreement.$type]} ${agreement.name}`;
}

/** The priorities some impact × urgency cell of the matrix produces. */
export function yieldedLevels(matrix: PriorityMatrix, services: ItsmServices): ReadonlySet<PriorityLevel> {
    const cache = services.validation.AnalysisCache.get('matrix-yields', () => new WeakMap<PriorityMatrix, Set<PriorityLevel>>());
    let yielded = cache.get(matrix);
    if (!yielded) {
        yielded = new Set(matrix.rows.flatMap(row => row.cells.map(cell => cell.ref)).filter((l): l is PriorityLevel => !!l));
        cache.set(matrix, yielded);
    }
    return yielded;
}

/** Every matrix of the workspace declaring a priority of this name. */
export function matricesDeclaring(priority: string, services: ItsmServices): readonly PriorityMatrix[] {
    const byName = services.validation.AnalysisCache.get('matrices-by-priority', () => {
        const map = new Map<string, PriorityMatrix[]>();
        for (const matrix of services.references.DefinitionIndex.nodesOfType('PriorityMatrix', isPriorityMatrix)) {
            for (const level of matrix.levels) {
                const list = map.get(level.name) ?? [];
                if (!list.includes(matrix)) list.push(matrix);
                map.set(level.name, list);
            }
        }
        return map;
    });
    return byName.get(priority) ?? [];
}

/**
 * The matrix an agreement's priorities come from: `named` when it names one
 * that resolves, `none` when it names none, `unresolved` when its name does
 * not resolve (reported as an unresolved reference; nothing to compare).
 */
export function agreementMatrix(agreement: Agreement): { kind: 'named'; matrix: PriorityMatrix } | { kind: 'none' } | { kind: 'unresolved' } {
    if (!agreement.matrix) return { kind: 'none' };
    const matrix = agreement.matrix.ref;
    return matrix ? { kind: 'named', matrix } : { kind: 'unresolved' };
}

/** The first target of each priority name, in source order (later ones are duplicates). */
export function firstTargets(agreement: Agreement): PriorityTarget[] {
    const seen = new Set<string>();
    const result: PriorityTarget[] = [];
    for (const target of agreement.targets) {
        const name = target.priority?.$refText;
        if (!name || seen.has(name)) continue;
        seen.add(name);
        result.push(target);
    }
    return result;
}

export function lineOf(node: { $cstNode?: { range: { start: { line: number } } } }): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}
