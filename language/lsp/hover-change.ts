/**
 * Hovers of process workflows and priority matrices: a workflow's type,
 * states and (release) authorizing change or (request) the items it fulfils,
 * a state's flags, approvers and transitions in and out; a request item's
 * fulfilment; a matrix's grid; a priority's label, rank and the cells that
 * yield it.
 */
import { workflowGraph } from '../analysis/workflow-graph.js';
import { isService, type PriorityLevel, type PriorityMatrix, type RequestItem, type State, type Workflow } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { facts, listOf, names, table } from './hover-markdown.js';

function stateFlags(state: State): string[] {
    return [
        state.initial && 'initial', state.final && 'final', state.implementation && 'implementation',
        state.resolved && 'resolved', state.knownError && 'known-error', state.validation && 'validation',
        state.deployment && 'deployment', state.approvers.length > 0 && `approval by ${names(state.approvers)}`,
    ].filter((f): f is string => !!f);
}

export function workflowHover(workflow: Workflow, services: ItsmServices): string[] {
    const graph = workflowGraph(workflow);
    const states = workflow.states.map(state => {
        const flags = stateFlags(state);
        return `${state.name}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
    });
    return [facts([
        ['Process', workflow.process],
        ['Type', workflow.type ?? (workflow.process === 'change' || workflow.process === 'release' ? '_not declared_' : undefined)],
        ['Authorized by', workflow.change?.$refText],
        ['Fulfils', workflow.process === 'request' ? listOf(itemsFulfilledBy(workflow, services)) ?? 'no request item' : undefined],
        ['States', listOf(states, 12) ?? 'none'],
        ['Transitions', String(graph.edges.length)],
    ])];
}

export function stateHover(state: State): string[] {
    const graph = workflowGraph(state.$container);
    const from = [...new Set(graph.edges.filter(e => e.to === state).map(e => e.from.name))];
    const to = [...new Set(graph.edges.filter(e => e.from === state).map(e => e.to.name))];
    const unreachable = graph.initial.length > 0 && !graph.reachable.has(state);
    return [facts([
        ['Workflow', state.$container.name],
        ['Flags', stateFlags(state).join(', ') || 'none'],
        ['Entered from', listOf(from) ?? 'no state'],
        ['Leads to', listOf(to) ?? 'no state'],
        ['Reachable', unreachable && '**no**: no path from the initial state reaches it'],
    ])];
}

function itemsFulfilledBy(workflow: Workflow, services: ItsmServices): string[] {
    return services.references.DefinitionIndex.nodesOfType('Service', isService)
        .flatMap(service => service.offerings.flatMap(offering => offering.items
            .filter(item => item.fulfilment?.ref === workflow).map(item => `${offering.name}.${item.name}`)));
}

export function requestItemHover(item: RequestItem): string[] {
    return [facts([
        ['Title', item.title],
        ['Fulfilment', item.fulfilment ? `${item.fulfilment.$refText}${item.fulfilment.ref ? ` (${item.fulfilment.ref.process} workflow)` : ''}` : '_none_'],
        ['Approval by', item.approvers.length > 0 ? names(item.approvers) : undefined],
        ['Fulfil within', item.fulfilWithin?.text],
        ['Fulfilled by', item.fulfilledBy?.$refText],
    ])];
}

export function matrixHover(matrix: PriorityMatrix): string[] {
    const levels = matrix.levels.map(l => `${l.name}${l.label ? ` "${l.label}"` : ''}`).join(', ');
    const parts = [facts([['Priorities', levels || 'none'], ['Urgencies', matrix.urgencies.map(u => u.name).join(', ')]])];
    if (matrix.rows.length > 0 && matrix.urgencies.length > 0) {
        parts.push(table(['impact \\ urgency', ...matrix.urgencies.map(u => u.name)],
            matrix.rows.map(row => [row.name, ...matrix.urgencies.map((_, i) => row.cells[i]?.$refText ?? '—')])));
    }
    return parts;
}

export function priorityLevelHover(level: PriorityLevel): string[] {
    const matrix = level.$container;
    const cells = matrix.rows.flatMap(row => row.cells.flatMap((cell, i) =>
        cell.ref === level ? [`impact ${row.name} × urgency ${matrix.urgencies[i]?.name ?? '?'}`] : []));
    return [facts([
        ['Label', level.label],
        ['Rank', `${matrix.levels.indexOf(level) + 1} of ${matrix.levels.length} in ${matrix.name} (most urgent first)`],
        ['Yielded by', cells.length > 0 ? cells.join('; ') : matrix.rows.length > 0 ? '**no cell**: no ticket gets this priority' : undefined],
    ])];
}
