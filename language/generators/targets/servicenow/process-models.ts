/**
 * Release, incident, problem and request workflows as state models of their
 * task tables (rm_release, incident, problem, sc_req_item). ServiceNow's
 * sttrm state models exist for change requests only, so each workflow
 * becomes a bundle in the change model's style: the table's `state` values
 * (the default choice where the name, or for incidents the `resolved` role,
 * matches one; a new value declared in process/sys_choice.json otherwise),
 * the transitions between them, and the approvals. Request items become
 * sc_cat_item records. See docs/targets/servicenow.md.
 */
import type { CanonicalModel, RequestItemModel, WorkflowModel } from '../../canonical-model.js';
import { durationDisplay, record, simpleName, type SnRecord } from './common.js';
import type { SnContext } from './context.js';

/** The task table of each process other than change. */
export const PROCESS_TABLES: Record<string, string> = {
    release: 'rm_release', incident: 'incident', problem: 'problem', request: 'sc_req_item',
};

/** Default `state` choices of each table (lower-case label without spaces → value); rm_release's are instance-specific. */
export const DEFAULT_TABLE_STATES: Record<string, Record<string, number>> = {
    incident: { new: 1, inprogress: 2, onhold: 3, resolved: 6, closed: 7, canceled: 8, cancelled: 8 },
    problem: { new: 101, assess: 102, rootcauseanalysis: 103, fixinprogress: 104, resolved: 106, closed: 107 },
    sc_req_item: { pending: -5, open: 1, workinprogress: 2, closedcomplete: 3, closedincomplete: 4, closedskipped: 7 },
    rm_release: {},
};

/** New values start here, well clear of every default choice. */
export const FIRST_NEW_PROCESS_VALUE = 1000;

export interface ProcessStateValues {
    /** `table` → lower-case state name → value. */
    values: Map<string, Map<string, number>>;
    /** States no default choice matches, per table, in the order their values were given. */
    custom: Array<{ table: string; label: string; value: number }>;
}

const key = (name: string) => name.toLowerCase();

/** One value per state name and table across all workflows of the process (a table has one choice list). */
export function processStateValues(workflows: WorkflowModel[]): ProcessStateValues {
    const values = new Map<string, Map<string, number>>();
    const custom: ProcessStateValues['custom'] = [];
    for (const workflow of workflows) {
        const table = PROCESS_TABLES[workflow.process];
        if (!table) continue;
        let tableValues = values.get(table);
        if (!tableValues) values.set(table, tableValues = new Map(Object.entries(DEFAULT_TABLE_STATES[table] ?? {})));
        for (const state of workflow.states) {
            if (tableValues.has(key(state.name))) continue;
            // An incident's resolved state is ServiceNow's Resolved (6) whatever it is called, unless a state is named Resolved.
            if (table === 'incident' && state.resolved && !workflow.states.some(s => key(s.name) === 'resolved')) {
                tableValues.set(key(state.name), DEFAULT_TABLE_STATES.incident.resolved);
                continue;
            }
            const used = new Set(tableValues.values());
            let next = FIRST_NEW_PROCESS_VALUE;
            while (used.has(next)) next++;
            tableValues.set(key(state.name), next);
            custom.push({ table, label: state.name, value: next });
        }
    }
    return { values, custom };
}

export interface ProcessModelBundle {
    table: string;
    field: 'state';
    states: Array<{ label: string; value: string; initial: boolean; final: boolean; roles: string[]; approval_groups: string[] }>;
    /** `from_state` / `to_state` are values of `field`. */
    transitions: Array<{ from_state: string; to_state: string }>;
    itsm: {
        workflow: string; process: string; type?: string; change_model?: string;
        catalog_items?: Array<{ item: string; approval_groups: string[] }>;
        notes: string[];
    };
}

const ROLES = ['resolved', 'knownError', 'validation', 'deployment'] as const;
const ROLE_WORDS: Record<(typeof ROLES)[number], string> = {
    resolved: 'resolved', knownError: 'known-error', validation: 'validation', deployment: 'deployment',
};

export function processModelBundle(workflow: WorkflowModel, values: ProcessStateValues, context: SnContext): ProcessModelBundle {
    const table = PROCESS_TABLES[workflow.process];
    const value = (name: string) => String(values.values.get(table)?.get(key(name)));
    const customNames = new Set(values.custom.filter(c => c.table === table).map(c => key(c.label)));
    const notes = workflow.states.filter(s => customNames.has(key(s.name))).map(s =>
        `State '${s.name}' has no default ${table}.state choice: it has the new value ${value(s.name)} (declared in process/sys_choice.json).`);
    for (const state of workflow.states.filter(s => s.knownError)) {
        notes.push(`State '${state.name}' is the known error: set problem.known_error to true when a problem enters it.`);
    }
    notes.push(`ServiceNow enforces state models through sttrm only for change requests; enforce these transitions on ${table} with state flows or a business rule.`);
    const items = workflow.process === 'request' ? requestItemsFulfilledBy(workflow, context.model) : [];
    return {
        table,
        field: 'state',
        states: workflow.states.map(state => ({
            label: state.name,
            value: value(state.name),
            initial: state.initial,
            final: state.final,
            roles: ROLES.filter(role => state[role]).map(role => ROLE_WORDS[role]),
            approval_groups: state.approvals.map(a => context.group(a)),
        })),
        transitions: workflow.transitions.map(t => ({ from_state: value(t.from), to_state: value(t.to) })),
        itsm: {
            workflow: workflow.name,
            process: workflow.process,
            ...(workflow.type ? { type: workflow.type } : {}),
            ...(workflow.change ? { change_model: context.changeModel(workflow.change) } : {}),
            ...(items.length > 0 ? {
                catalog_items: items.map(item => ({ item: catalogItemName(item), approval_groups: item.approvals.map(a => context.group(a)) })),
            } : {}),
            notes,
        },
    };
}

function requestItemsFulfilledBy(workflow: WorkflowModel, model: CanonicalModel): RequestItemModel[] {
    return allRequestItems(model).filter(item => item.fulfilment === workflow.name);
}

export function allRequestItems(model: CanonicalModel): RequestItemModel[] {
    return model.services.flatMap(s => s.offerings.flatMap(o => o.requestItems));
}

function catalogItemName(item: RequestItemModel): string {
    return item.title ?? simpleName(item.name);
}

/** `<table>.state` choices for the states no default choice matches. */
export function processChoiceRecords(values: ProcessStateValues): SnRecord[] {
    return values.custom.map(state => record([
        ['name', state.table],
        ['element', 'state'],
        ['value', String(state.value)],
        ['label', state.label],
        ['sequence', String(state.value)],
        ['language', 'en'],
    ]));
}

/** sc_cat_item records: the item as users order it, its fulfilment group and delivery time. */
export function catalogItemRecords(context: SnContext): SnRecord[] {
    return allRequestItems(context.model).map(item => record([
        ['name', catalogItemName(item)],
        ['short_description', item.title ?? simpleName(item.name)],
        ['description', item.description],
        ['delivery_time', item.fulfilWithin ? durationDisplay(item.fulfilWithin.seconds) : undefined],
        ['group', item.fulfilledBy ? context.group(item.fulfilledBy) : undefined],
        ['active', 'true'],
    ]));
}
