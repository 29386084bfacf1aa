/**
 * The names completion offers where the scope alone would offer too much or
 * in no useful order: the priorities of an agreement's matrix (those without
 * a target first), the attributes of a CI's class (required ones first, those
 * already set left out), the states of the workflow being edited, and change
 * authorities before teams after `approval by`, and only the workflows of the
 * right process after a release's `change` and a request item's `fulfilment`.
 */
import { AstUtils, type AstNode } from 'langium';
import {
    isAgreement, isChangeAuthority, isConfigurationItem, isPriorityMatrix, isWorkflow,
    type Agreement, type AttributeDeclaration, type ConfigurationItem, type PriorityLevel, type State,
} from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { attributesOf } from '../references/scope-provider.js';
import { PROCESS_CLAUSES } from '../validation/rules/process/process-roles.js';
import { yieldedLevels } from '../validation/rules/service-level/agreement-targets.js';

export interface Candidate<T extends AstNode> {
    node: T;
    /** Sorts the item among the others (after the `0` prefix all names share). */
    order: string;
    detail: string;
}

/** The agreement a priority target being completed belongs to. */
export function agreementOf(node: AstNode | undefined): Agreement | undefined {
    return node ? AstUtils.getContainerOfType(node, isAgreement) : undefined;
}

/**
 * The priorities an agreement can target: those its matrix yields (all of its
 * priorities when it has no impact rows yet), or every matrix's when it names
 * none; those without a target come first, each group in matrix order.
 */
export function priorityCandidates(agreement: Agreement | undefined, services: ItsmServices): Array<Candidate<PriorityLevel>> {
    if (!agreement) return [];
    const matrix = agreement.matrix?.ref;
    let levels: PriorityLevel[];
    if (matrix) {
        const yielded = yieldedLevels(matrix, services);
        levels = yielded.size > 0 ? matrix.levels.filter(level => yielded.has(level)) : [...matrix.levels];
    } else {
        const seen = new Set<string>();
        levels = services.references.DefinitionIndex.nodesOfType('PriorityMatrix', isPriorityMatrix)
            .flatMap(m => m.levels).filter(level => !seen.has(level.name) && !!seen.add(level.name));
    }
    const targeted = new Set(agreement.targets.map(t => t.priority?.ref?.name ?? t.priority?.$refText).filter(Boolean));
    const matrixName = (level: PriorityLevel) => level.$container.name;
    return levels.map((level, index) => {
        const has = targeted.has(level.name);
        const label = level.label ? `${level.label} · ` : '';
        return {
            node: level,
            order: `${has ? 1 : 0}${String(index).padStart(3, '0')}`,
            detail: `${label}${has ? 'has a target' : 'no target yet'} · ${matrixName(level)}`,
        };
    });
}

/** The CI whose block the cursor is in. */
export function ciOf(node: AstNode | undefined): ConfigurationItem | undefined {
    return node ? AstUtils.getContainerOfType(node, isConfigurationItem) : undefined;
}

/**
 * The attributes of the CI's class and its superclasses that it does not set
 * yet (the value being typed at `offset` does not count), required first.
 */
export function attributeCandidates(ci: ConfigurationItem | undefined, offset: number): Array<Candidate<AttributeDeclaration>> {
    const ciClass = ci?.ciClass?.ref;
    if (!ci || !ciClass) return [];
    const set = new Set(ci.attributes
        .filter(value => !value.$cstNode || offset < value.$cstNode.offset || offset > value.$cstNode.end)
        .map(value => value.attribute?.$refText));
    const seen = new Set<string>();
    return attributesOf(ciClass)
        .filter(attribute => !set.has(attribute.name) && !seen.has(attribute.name) && !!seen.add(attribute.name))
        .map((attribute, index) => ({
            node: attribute,
            order: `${attribute.required ? 0 : 1}${String(index).padStart(3, '0')}`,
            detail: `${attribute.type ?? '?'}${attribute.required ? ', required' : ''} · ${attribute.$container.name}`,
        }));
}

/** The states of the workflow the cursor is in, in declaration order. */
export function stateCandidates(node: AstNode | undefined): Array<Candidate<State>> {
    const workflow = node ? AstUtils.getContainerOfType(node, isWorkflow) : undefined;
    return (workflow?.states ?? []).map((state, index) => {
        const flags = [state.initial && 'initial', state.final && 'final', state.implementation && 'implementation',
            state.resolved && 'resolved', state.knownError && 'known-error', state.validation && 'validation',
            state.deployment && 'deployment', state.approvers.length > 0 && `approval by ${state.approvers.map(a => a.$refText).join(', ')}`].filter(Boolean);
        return { node: state, order: String(index).padStart(3, '0'), detail: ['state', ...flags].join(' · ') };
    });
}

/**
 * Sort key of an approver: change authorities before teams; in an emergency
 * workflow the emergency authorities first, elsewhere the others first.
 */
export function approverOrder(approver: AstNode, context: AstNode | undefined): string {
    if (!isChangeAuthority(approver)) return '2';
    const workflow = context ? AstUtils.getContainerOfType(context, isWorkflow) : undefined;
    const emergencyWanted = workflow?.type === 'emergency';
    return approver.emergency === emergencyWanted ? '0' : '1';
}

/** The process of the workflows a reference wants: a release's `change`, a request item's `fulfilment`. */
export function wantedProcess(container: AstNode, property: string): string | undefined {
    if (container.$type === 'Workflow' && property === 'change') return 'change';
    if (container.$type === 'RequestItem' && property === 'fulfilment') return 'request';
    return undefined;
}

/** Whether a `type` value belongs to the process of the workflow being edited (change: standard…, release: major…). */
export function typeFitsProcess(node: AstNode | undefined, type: string): boolean {
    const workflow = node ? AstUtils.getContainerOfType(node, isWorkflow) : undefined;
    const clauses = workflow ? PROCESS_CLAUSES[workflow.process] : undefined;
    return !clauses || clauses.types.includes(type);
}
