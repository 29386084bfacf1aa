/**
 * Change workflows as change models: one bundle per workflow with the
 * chg_model record, its states (sttrm_state) and transitions
 * (sttrm_state_transition), and the approvals the model's flow must request.
 * States named like ServiceNow's default model keep its values; other states
 * get new values (-6, -7, …), declared as change_request.state choices.
 */
import type { WorkflowModel } from '../../canonical-model.js';
import { record, type SnRecord } from './common.js';
import type { SnContext } from './context.js';

/** The change_request.state values of the default model (lower-case name → value). */
export const DEFAULT_STATE_VALUES: Record<string, number> = {
    new: -5, assess: -4, authorize: -3, scheduled: -2, implement: -1, review: 0, closed: 3, canceled: 4, cancelled: 4,
};

/** The first value handed to a state the default model does not have; further ones count down. */
export const FIRST_CUSTOM_VALUE = -6;

export interface ChangeModelBundle {
    chg_model: SnRecord;
    sttrm_state: SnRecord[];
    /** `from_state` / `to_state` hold state values of this bundle: the loader puts the sys_ids of the states it created there. */
    sttrm_state_transition: SnRecord[];
    approvals: Array<{ state: string; state_value: string; approval_groups: string[] }>;
    itsm: { workflow: string; type?: string; notes: string[] };
}

export interface ChangeStateValues {
    /** Lower-case state name → value. */
    values: Map<string, number>;
    /** States the default model does not have, in the order their values were given. */
    custom: Array<{ label: string; value: number }>;
}

/** State values for every workflow: one value per state name across all workflows (change_request.state is one choice list). */
export function changeStateValues(workflows: WorkflowModel[]): ChangeStateValues {
    const values = new Map<string, number>(Object.entries(DEFAULT_STATE_VALUES));
    const custom: ChangeStateValues['custom'] = [];
    let next = FIRST_CUSTOM_VALUE;
    for (const workflow of workflows) {
        for (const state of workflow.states) {
            const key = state.name.toLowerCase();
            if (values.has(key)) continue;
            while (Object.values(DEFAULT_STATE_VALUES).includes(next)) next--;
            values.set(key, next);
            custom.push({ label: state.name, value: next });
            next--;
        }
    }
    return { values, custom };
}

export function changeModelBundle(workflow: WorkflowModel, states: ChangeStateValues, context: SnContext): ChangeModelBundle {
    const model = context.changeModel(workflow.name);
    const value = (name: string) => String(states.values.get(name.toLowerCase()));
    const customNames = new Set(states.custom.map(c => c.label.toLowerCase()));
    const notes = workflow.states.filter(s => customNames.has(s.name.toLowerCase())).map(s =>
        `State '${s.name}' is not in ServiceNow's default change model: it has the new value ${value(s.name)} (a change_request.state choice in change/sys_choice.json).`);
    return {
        chg_model: record([
            ['name', model],
            ['description', workflow.description],
            ['active', 'true'],
            ['implementation_states', workflow.states.filter(s => s.implementation).map(s => value(s.name)).join(',')],
        ]),
        sttrm_state: workflow.states.map((state, index) => record([
            ['sttrm_model', model],
            ['state_label', state.name],
            ['state_value', value(state.name)],
            ['initial_state', state.initial ? 'true' : 'false'],
            ['sequence', String(index)],
        ])),
        sttrm_state_transition: workflow.transitions.map(transition => record([
            ['sttrm_model', model],
            ['from_state', value(transition.from)],
            ['to_state', value(transition.to)],
            ['automatic', 'false'],
        ])),
        approvals: workflow.states.filter(s => s.approvals.length > 0).map(state => ({
            state: state.name,
            state_value: value(state.name),
            approval_groups: state.approvals.map(a => context.group(a)),
        })),
        itsm: { workflow: workflow.name, ...(workflow.type ? { type: workflow.type } : {}), notes },
    };
}

/** change_request.state choices for the states the default model does not have. */
export function stateChoiceRecords(states: ChangeStateValues): SnRecord[] {
    return states.custom.map(state => record([
        ['name', 'change_request'],
        ['element', 'state'],
        ['value', String(state.value)],
        ['label', state.label],
        ['sequence', String(100 - state.value)],
        ['language', 'en'],
    ]));
}
