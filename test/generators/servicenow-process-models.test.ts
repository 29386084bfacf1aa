/**
 * Release, incident, problem and request workflows in the servicenow target:
 * state models of their task tables, new state values declared as choices,
 * and request items as catalogue items.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalModel } from '../../language/generators/canonical-model.js';
import { serviceNowTarget } from '../../language/generators/targets/servicenow.target.js';
import { FIRST_NEW_PROCESS_VALUE, processStateValues } from '../../language/generators/targets/servicenow/process-models.js';
import { canonicalModelOf, schemaErrors } from './target-harness.js';

interface ProcessBundle {
    table: string;
    states: Array<{ label: string; value: string; initial: boolean; final: boolean; roles: string[]; approval_groups: string[] }>;
    transitions: Array<{ from_state: string; to_state: string }>;
    itsm: { workflow: string; process: string; type?: string; change_model?: string; catalog_items?: Array<{ item: string; approval_groups: string[] }>; notes: string[] };
}
type Row = Record<string, string>;

function files(model: CanonicalModel): Map<string, unknown> {
    return new Map(serviceNowTarget.generate(model).map(f => [f.path, JSON.parse(f.content)]));
}

describe('servicenow target: process state models and catalogue items', () => {
    let model: CanonicalModel;
    let out: Map<string, unknown>;
    beforeAll(async () => {
        model = await canonicalModelOf();
        out = files(model);
    });

    it('writes one state model per non-change workflow, on its table, and no change model for them', () => {
        const processes = model.workflows.filter(w => w.process !== 'change');
        expect(processes.length).toBeGreaterThan(0);
        for (const workflow of processes) {
            const bundle = out.get(`process/${workflow.process}/${workflow.name.split('.').pop()}.json`) as ProcessBundle;
            expect(bundle.table).toBe({ release: 'rm_release', incident: 'incident', problem: 'problem', request: 'sc_req_item' }[workflow.process]);
            expect(bundle.states.map(s => s.label)).toEqual(workflow.states.map(s => s.name));
            expect(bundle.transitions).toHaveLength(workflow.transitions.length);
            expect(out.has(`change/models/${workflow.name.split('.').pop()}.json`)).toBe(false);
        }
    });

    it('keeps default state values where the names match and gives the incident\'s resolved state Resolved (6)', () => {
        const incident = out.get('process/incident/IncidentHandling.json') as ProcessBundle;
        expect(Object.fromEntries(incident.states.map(s => [s.label, s.value]))).toEqual({
            New: '1', InProgress: '2', OnHold: '3', Resolved: '6', Closed: '7', Canceled: '8' });
        expect(incident.states.find(s => s.label === 'Resolved')!.roles).toEqual(['resolved']);
        expect(incident.transitions).toContainEqual({ from_state: '6', to_state: '2' });
        const problem = out.get('process/problem/ProblemManagement.json') as ProcessBundle;
        expect(problem.states.find(s => s.label === 'RootCauseAnalysis')!.value).toBe('103');
        expect(problem.itsm.notes).toContainEqual(expect.stringContaining("'KnownError' is the known error: set problem.known_error"));
    });

    it('resolves a differently named resolved state to 6, and numbers unknown states per table from 1000', () => {
        const values = processStateValues([
            { name: 'a.Inc', process: 'incident', source: { file: 'x', line: 1 }, transitions: [], states: [
                state('Logged'), { ...state('Restored'), resolved: true }, state('Triage')] },
            { name: 'a.Rel', process: 'release', source: { file: 'x', line: 1 }, transitions: [], states: [state('Triage')] },
        ]);
        expect(values.values.get('incident')!.get('restored')).toBe(6);
        expect(values.custom).toEqual([
            { table: 'incident', label: 'Logged', value: FIRST_NEW_PROCESS_VALUE },
            { table: 'incident', label: 'Triage', value: FIRST_NEW_PROCESS_VALUE + 1 },
            { table: 'rm_release', label: 'Triage', value: FIRST_NEW_PROCESS_VALUE },
        ]);
    });

    it('declares new state values as choices of their table and links the emergency release to its change model', () => {
        const choices = out.get('process/sys_choice.json') as Row[];
        const releaseStates = new Set(model.workflows.filter(w => w.process === 'release').flatMap(w => w.states.map(s => s.name)));
        expect(choices.filter(c => c.name === 'rm_release').map(c => c.label).sort()).toEqual([...releaseStates].sort());
        const hotfix = out.get('process/release/HotfixRelease.json') as ProcessBundle;
        expect(hotfix.itsm).toMatchObject({ process: 'release', type: 'emergency', change_model: 'EmergencyChange' });
        expect(hotfix.states.filter(s => s.roles.length > 0).map(s => `${s.label}:${s.roles.join(',')}`)).toEqual(['Test:validation', 'Deploy:deployment']);
    });

    it('writes request items as sc_cat_item records and lists them, with approvals, on their fulfilment workflow', () => {
        const items = out.get('catalog/sc_cat_item.json') as Row[];
        const modelItems = model.services.flatMap(s => s.offerings.flatMap(o => o.requestItems));
        expect(items).toHaveLength(modelItems.length);
        expect(items[0]).toEqual({
            name: 'Shared mailbox', short_description: 'Shared mailbox', description: modelItems[0].description,
            delivery_time: '2 00:00:00', group: 'Messaging', active: 'true' });
        const request = out.get('process/request/MailboxRequest.json') as ProcessBundle;
        expect(request.itsm.catalog_items).toEqual([{ item: 'Shared mailbox', approval_groups: ['Messaging'] }]);
        const manifest = out.get('manifest.json') as { steps: Array<{ file: string; kind: string }> };
        const order = manifest.steps.map(s => s.file);
        expect(order.indexOf('process/sys_choice.json')).toBeLessThan(order.indexOf('process/request/MailboxRequest.json'));
        expect(manifest.steps.filter(s => s.kind === 'process-model')).toHaveLength(model.workflows.filter(w => w.process !== 'change').length);
    });

    it('emits files that pass their schemas, also without any process workflow or request item', () => {
        const bare = structuredClone(model);
        bare.workflows = bare.workflows.filter(w => w.process === 'change');
        for (const service of bare.services) for (const offering of service.offerings) offering.requestItems = [];
        for (const [m, expectProcess] of [[model, true], [bare, false]] as const) {
            const generated = serviceNowTarget.generate(m);
            for (const file of generated) expect(schemaErrors(serviceNowTarget.schemaFor(file.path)!, JSON.parse(file.content)), file.path).toEqual([]);
            expect(generated.some(f => f.path.startsWith('process/') || f.path.startsWith('catalog/'))).toBe(expectProcess);
        }
    });
});

function state(name: string) {
    return { name, initial: false, final: false, implementation: false, resolved: false, knownError: false, validation: false, deployment: false, approvals: [] };
}
