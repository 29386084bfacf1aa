import { describe, expect, it } from 'vitest';
import { isWorkflow, type State } from '../generated/ast.js';
import { buildWorkspace } from '../../test/workspace.js';
import { approvalBypasses, deadEndStates, describeStatePath, finalStateExits, unreachableStates, workflowGraph } from './workflow-graph.js';

async function workflow(text: string) {
    const workspace = await buildWorkspace({ 'main.itsm': text });
    return workspace.documents.get('main.itsm')!.parseResult.value.definitions.find(isWorkflow)!;
}

const names = (states: Iterable<State>) => [...states].map(s => s.name);

describe('workflow-graph', () => {
    it('reads `* -> X` as a transition from every non-final state, and caches the graph per workflow', async () => {
        const node = await workflow(`change workflow W {
  states {
    New initial
    Review
    Closed final
    Canceled final
  }
  New -> Review -> Closed
  * -> Canceled
}`);
        const graph = workflowGraph(node);
        expect(workflowGraph(node)).toBe(graph);
        expect(graph.edges.map(e => `${e.from.name}->${e.to.name}`)).toEqual([
            'New->Review', 'Review->Closed', 'New->Canceled', 'Review->Canceled',
        ]);
        expect(names(graph.successors.get(graph.states[1])!)).toEqual(['Closed', 'Canceled']);
        expect(finalStateExits(graph)).toEqual([]);
        expect(names(graph.reachable)).toEqual(['New', 'Review', 'Canceled', 'Closed']);
    });

    it('finds unreachable states, dead ends and exits from final states', async () => {
        const graph = workflowGraph(await workflow(`change workflow W {
  states {
    New initial
    Loop
    Orphan
    Closed final
  }
  New -> Closed -> Loop -> Loop
  Orphan -> New
}`));
        expect(names(unreachableStates(graph))).toEqual(['Orphan']);
        expect(names(deadEndStates(graph))).toEqual(['Loop']);
        expect(finalStateExits(graph).map(e => `${e.from.name}->${e.to.name}`)).toEqual(['Closed->Loop']);
    });

    it('finds a shortest path around the approval states to each implementation state', async () => {
        const graph = workflowGraph(await workflow(`team Cab
change workflow W {
  states {
    New initial
    Assess
    Authorize approval by Cab
    Build implementation
    Deploy implementation
    Closed final
  }
  New -> Assess -> Authorize -> Build -> Deploy -> Closed
  Assess -> Deploy
}`));
        expect(approvalBypasses(graph).map(b => describeStatePath(b.path))).toEqual(['New → Assess → Deploy']);
    });
});
