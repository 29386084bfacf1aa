/**
 * The state graph of a process workflow (change, release, incident, problem,
 * request), built once per workflow node.
 *
 * - `A -> B -> C` adds the transitions A→B and B→C.
 * - `* -> X` (and `* -> X -> Y`) adds X from every state that is not final:
 *   a final state is never left, so `* -> Canceled` cannot reopen `Closed`.
 * - A step whose name is unresolved breaks the chain there; the linker
 *   reports it.
 *
 * States are local to their workflow and workflows are local to a file, so a
 * WeakMap keyed by the workflow node is a safe cache: a reparse makes new
 * nodes. Approvers are not cached (they may name authorities of other files);
 * whether a state is an approval state is read from its syntax.
 *
 * Reachability from the initial state(s) and backwards from the final states
 * are breadth-first searches, linear in states plus transitions.
 */
import type { State, Transition, Workflow } from '../generated/ast.js';

/** One transition of the graph; `transition.steps[index]` is `from` (or the `*` when `fromAny`), the next step is `to`. */
export interface WorkflowEdge {
    from: State;
    to: State;
    transition: Transition;
    /** Index in `transition.steps` of the step this edge leaves (-1 for the `*`). */
    index: number;
}

export interface WorkflowGraph {
    workflow: Workflow;
    states: State[];
    initial: State[];
    finals: State[];
    edges: WorkflowEdge[];
    successors: ReadonlyMap<State, State[]>;
    /** States reachable from the initial state(s), the initial ones included; empty when there is no initial state. */
    reachable: ReadonlySet<State>;
    /** States from which some final state can be reached, the final ones included. */
    reachesFinal: ReadonlySet<State>;
}

/** A path from the initial state to an implementation state that passes no approval state. */
export interface ApprovalBypass {
    implementation: State;
    /** The states in order, from the initial state to `implementation`. */
    path: State[];
}

const graphs = new WeakMap<Workflow, WorkflowGraph>();

/** The workflow's state graph, built on first request. */
export function workflowGraph(workflow: Workflow): WorkflowGraph {
    let graph = graphs.get(workflow);
    if (!graph) {
        graph = buildGraph(workflow);
        graphs.set(workflow, graph);
    }
    return graph;
}

/** Whether a state is an approval step (`approval by ...`). */
export function isApprovalState(state: State): boolean {
    return state.approvers.length > 0;
}

function buildGraph(workflow: Workflow): WorkflowGraph {
    const states = workflow.states;
    const finals = states.filter(s => s.final);
    const edges: WorkflowEdge[] = [];
    for (const transition of workflow.transitions) {
        const steps = transition.steps.map(step => step.ref);
        if (transition.fromAny && steps[0]) {
            for (const from of states) if (!from.final) edges.push({ from, to: steps[0], transition, index: -1 });
        }
        for (let i = 0; i + 1 < steps.length; i++) {
            const from = steps[i];
            const to = steps[i + 1];
            if (from && to) edges.push({ from, to, transition, index: i });
        }
    }
    const successors = new Map<State, State[]>(states.map(s => [s, []]));
    const predecessors = new Map<State, State[]>(states.map(s => [s, []]));
    for (const edge of edges) {
        addOnce(successors, edge.from, edge.to);
        addOnce(predecessors, edge.to, edge.from);
    }
    const initial = states.filter(s => s.initial);
    return {
        workflow, states, initial, finals, edges, successors,
        reachable: closure(initial, successors),
        reachesFinal: closure(finals, predecessors),
    };
}

function addOnce(map: Map<State, State[]>, key: State, value: State): void {
    let list = map.get(key);
    if (!list) map.set(key, list = []);
    if (!list.includes(value)) list.push(value);
}

function closure(start: readonly State[], next: ReadonlyMap<State, State[]>): Set<State> {
    const seen = new Set<State>(start);
    const queue = [...start];
    for (let at = 0; at < queue.length; at++) {
        for (const state of next.get(queue[at]) ?? []) {
            if (seen.has(state)) continue;
            seen.add(state);
            queue.push(state);
        }
    }
    return seen;
}

/** States no initial state leads to (none when the workflow has no initial state: `workflow-initial-state` reports that). */
export function unreachableStates(graph: WorkflowGraph): State[] {
    if (graph.initial.length === 0) return [];
    return graph.states.filter(s => !graph.reachable.has(s));
}

/** Non-final states from which no final state can be reached (none when the workflow has no final state at all). */
export function deadEndStates(graph: WorkflowGraph): State[] {
    if (graph.finals.length === 0) return [];
    return graph.states.filter(s => !s.final && !graph.reachesFinal.has(s));
}

/** Transitions written to leave a final state (a `*` never leaves one). */
export function finalStateExits(graph: WorkflowGraph): WorkflowEdge[] {
    return graph.edges.filter(edge => edge.index >= 0 && edge.from.final);
}

/**
 * For each implementation state, a shortest path from the initial state that
 * passes no approval state, if there is one. An implementation state that is
 * an approval state itself is approved there. Uses the first initial state.
 */
export function approvalBypasses(graph: WorkflowGraph): ApprovalBypass[] {
    return gateBypasses(graph, s => s.implementation, isApprovalState)
        .map(({ target, path }) => ({ implementation: target, path }));
}

/**
 * For each `target` state, a shortest path from the first initial state that
 * passes no `gate` state: a breadth-first search that does not continue
 * through gates. A target that is a gate itself counts as passing it; so does
 * a gate at the start.
 */
export function gateBypasses(
    graph: WorkflowGraph, isTarget: (state: State) => boolean, isGate: (state: State) => boolean,
): Array<{ target: State; path: State[] }> {
    const start = graph.initial[0];
    if (!start || isGate(start)) return [];
    const parent = new Map<State, State | undefined>([[start, undefined]]);
    const queue = [start];
    for (let at = 0; at < queue.length; at++) {
        for (const next of graph.successors.get(queue[at]) ?? []) {
            if (parent.has(next) || isGate(next)) continue;
            parent.set(next, queue[at]);
            queue.push(next);
        }
    }
    const bypasses: Array<{ target: State; path: State[] }> = [];
    for (const state of graph.states) {
        if (!isTarget(state) || !parent.has(state)) continue;
        const path: State[] = [];
        for (let at: State | undefined = state; at; at = parent.get(at)) path.unshift(at);
        bypasses.push({ target: state, path });
    }
    return bypasses;
}

/** "New → Assess → Implement" */
export function describeStatePath(path: readonly State[]): string {
    return path.map(s => s.name).join(' → ');
}
