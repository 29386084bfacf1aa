/**
 * Inline facts for reviewers, computed from the workspace analyses:
 *
 * - after `availability NN%` of a service or SLA, the most its dependencies
 *   allow ("≤ 99.9499% by dependencies"; for an SLA whose service declares a
 *   lower figure, "≤ 99.95% declared by Email"), marked "⚠" when the promise
 *   exceeds it; the tooltip spells the ceiling out;
 * - after each priority target of an SLA, the same priority's targets in the
 *   OLAs and UCs that underpin it ("OLA MessagingOLA: 10m / 2h"), marked "⚠"
 *   when one is looser than the SLA;
 * - after a service's `rto`, the earliest its dependencies let it be back
 *   ("≥ 2h by dependencies"), marked "⚠" when that is later than the RTO.
 *
 * Nothing else (no hint after a plain duration), to keep the noise low.
 */
import { AstUtils, Cancellation, CstUtils, GrammarUtils, interruptAndCheck, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import type { Position } from 'vscode-languageserver-types';
import { availabilityCeiling, describeCeiling, formatPercent, isValidAvailability } from '../analysis/availability.js';
import {
    isPriorityTarget, isService, isSla, isUnderpinningContract,
    type PriorityTarget, type Service, type Sla, type Underpinning,
} from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { recoveryTimes } from '../analysis/recovery.js';
import { formatSeconds } from '../values/duration.js';

/** Room for float noise when comparing percentages. */
const EPSILON = 1e-9;

interface Bound {
    value: number;
    label: string;
    tooltip: string;
}

export class ItsmInlayHintProvider extends AbstractInlayHintProvider {
    constructor(private readonly services: ItsmServices) {
        super();
    }

    /**
     * Langium's range filter (streamAst with `range`) skips the property after
     * a single-valued child out of range, so a file's definitions are lost
     * when its `package` line is above the range; this walk prunes by range itself.
     */
    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = Cancellation.CancellationToken.None): Promise<InlayHint[]> {
        const hints: InlayHint[] = [];
        const iterator = AstUtils.streamAst(document.parseResult.value).iterator();
        for (let next = iterator.next(); !next.done; next = iterator.next()) {
            const node = next.value;
            const range = node.$cstNode?.range;
            if (range && !CstUtils.inRange(range, params.range)) {
                iterator.prune();
                continue;
            }
            if (node.$container?.$container === undefined) await interruptAndCheck(cancelToken);
            this.computeInlayHint(node, hint => hints.push(hint));
        }
        return hints;
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (isService(node) || isSla(node)) this.availabilityHint(node, accept);
        if (isService(node)) this.recoveryHint(node, accept);
        else if (isPriorityTarget(node) && isSla(node.$container)) this.underpinningHint(node, node.$container, accept);
    }

    private availabilityHint(node: Service | Sla, accept: InlayHintAcceptor): void {
        const promised = node.availability;
        const position = availabilityEnd(node);
        if (!isValidAvailability(promised) || !position) return;
        const bound = isService(node) ? this.dependencyBound(node, promised) : this.slaBound(node, promised);
        if (!bound) return;
        const exceeded = promised > bound.value + EPSILON;
        accept({
            position,
            label: `${exceeded ? '⚠ ' : ''}${bound.label}`,
            paddingLeft: true,
            tooltip: exceeded ? `${formatPercent(promised)}% is more than this allows: ${bound.tooltip}` : bound.tooltip,
        });
    }

    private recoveryHint(service: Service, accept: InlayHintAcceptor): void {
        const rto = service.rto?.seconds;
        const position = service.rto?.$cstNode?.range.end;
        const floor = rto !== undefined ? recoveryTimes(this.services).floorOf(service) : undefined;
        if (!floor || !position) return;
        const later = floor.seconds > rto!;
        accept({
            position,
            label: `${later ? '⚠ ' : ''}≥ ${formatSeconds(floor.seconds)} by dependencies`,
            paddingLeft: true,
            tooltip: `${service.name}'s dependencies cannot be back before ${formatSeconds(floor.seconds)}: the RTO of ${floor.origin.name}` +
                (later ? `, later than ${service.name}'s own RTO` : ''),
        });
    }

    private dependencyBound(service: Service, promised: number): Bound | undefined {
        const result = availabilityCeiling(service, this.services);
        if (result.ceiling === undefined) return undefined;
        const decimals = distinctDecimals(result.ceiling, promised);
        return {
            value: result.ceiling,
            label: `≤ ${formatPercent(result.ceiling, decimals)}% by dependencies`,
            tooltip: `Composite availability of ${service.name}'s dependencies: ${describeCeiling(result, decimals)}`,
        };
    }

    private slaBound(sla: Sla, promised: number): Bound | undefined {
        const service = sla.service?.ref;
        if (!service) return undefined;
        const byDependencies = this.dependencyBound(service, promised);
        const own = isValidAvailability(service.availability) ? service.availability : undefined;
        if (own !== undefined && (!byDependencies || own < byDependencies.value)) {
            return { value: own, label: `≤ ${formatPercent(own)}% declared by ${service.name}`, tooltip: `${service.name} itself declares availability ${formatPercent(own)}%` };
        }
        return byDependencies;
    }

    private underpinningHint(target: PriorityTarget, sla: Sla, accept: InlayHintAcceptor): void {
        const priority = target.priority?.$refText;
        const end = target.$cstNode?.range.end;
        if (!priority || !end || sla.underpinnedBy.length === 0) return;
        const parts: string[] = [];
        let looser = false;
        for (const reference of sla.underpinnedBy) {
            const agreement = reference.ref;
            if (!agreement) continue;
            const own = agreement.targets.find(t => t.priority?.$refText === priority);
            parts.push(`${kindOf(agreement)} ${agreement.name}: ${own ? `${own.response?.text ?? '—'} / ${own.resolve?.text ?? '—'}` : `no ${priority} target`}`);
            looser ||= (['response', 'resolve'] as const).some(f => (own?.[f]?.seconds ?? 0) > (target[f]?.seconds ?? Infinity));
        }
        if (parts.length === 0) return;
        accept({
            position: end,
            label: `${looser ? '⚠ ' : ''}${parts.join(' · ')}`,
            paddingLeft: true,
            tooltip: `${priority} response / resolution in the agreements that underpin ${sla.name}` +
                (looser ? '; ⚠ one of them is looser than this SLA' : ''),
        });
    }
}

function kindOf(agreement: Underpinning): string {
    return isUnderpinningContract(agreement) ? 'UC' : 'OLA';
}

/** After the percentage, or after `per month` when the period follows it. */
function availabilityEnd(node: Service | Sla): Position | undefined {
    const period = isSla(node) ? GrammarUtils.findNodeForProperty(node.$cstNode, 'period') : undefined;
    return (period ?? GrammarUtils.findNodeForProperty(node.$cstNode, 'availability'))?.range.end;
}

/** At least four decimals, more when needed so that a ceiling never prints as the promise it differs from. */
function distinctDecimals(ceiling: number, promised: number): number {
    let decimals = 4;
    while (decimals < 10 && Math.abs(ceiling - promised) > EPSILON && formatPercent(ceiling, decimals) === formatPercent(promised, decimals)) decimals++;
    return decimals;
}
