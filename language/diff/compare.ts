/**
 * The semantic diff of two canonical models. Definitions are matched by kind
 * and qualified name; what is left over on both sides is matched as renames
 * (same kind and the same content apart from the name, else the same kind at
 * the same file and line). References to a renamed definition are rewritten
 * to its new name before fields are compared, so a rename is one change and
 * not one more in every definition that names it.
 *
 * Then, per matched definition, field by field (durations in seconds,
 * availabilities in percent), and the consequences the analyses compute:
 * availability ceilings, SLA targets that lost an underpinning agreement,
 * and implementation states that became reachable without an approval.
 */
import type {
    AgreementModel, CanonicalModel, CiModel, PriorityMatrixModel, RelationshipModel, ServiceModel, WorkflowModel,
} from '../generators/canonical-model.js';
import { formatSeconds } from '../values/duration.js';
import { DEFINITION_KINDS, type ChangeKind, type ChangeRisk, type DefinitionKind, type DiffChange, type DiffValue } from './changes.js';

interface Definition {
    kind: DefinitionKind;
    name: string;
    source?: { file: string; line: number };
    body: Record<string, unknown>;
}

/** Free text: never rewritten when a definition is renamed. */
const FREE_TEXT = new Set(['description', 'title', 'audience', 'label', 'text', 'lead', 'email', 'phone', 'vendor', 'timezone', 'file']);
/** Not compared field by field: identity, position, and what is derived (reported as consequences instead). */
const NOT_FIELDS = new Set(['name', 'source', 'computed', 'hostingChain']);

export function compareModels(base: CanonicalModel, head: CanonicalModel): DiffChange[] {
    const baseDefinitions = definitionsOf(base);
    const headDefinitions = definitionsOf(head);
    const key = (d: Definition) => `${d.kind}\u0000${d.name}`;
    const headKeys = new Set(headDefinitions.map(key));
    const baseKeys = new Set(baseDefinitions.map(key));
    const removed = baseDefinitions.filter(d => !headKeys.has(key(d)));
    const added = headDefinitions.filter(d => !baseKeys.has(key(d)));
    const renames = findRenames(removed, added);

    const changes: DiffChange[] = [];
    const renamed = new Map<string, string>();
    for (const [from, to] of renames) {
        renamed.set(from.name, to.name);
        const moved = from.source && to.source && from.source.file !== to.source.file
            ? ` (and moved from ${from.source.file} to ${to.source.file})` : '';
        changes.push(change('renamed', 'info', to, undefined, `${from.kind} ${short(from.name)} renamed to ${short(to.name)}${moved}`, from.name, to.name));
    }
    const rename = (value: string) => renameName(value, renamed);
    // The base side as if the renames had been there already.
    const rewrittenBase = rewrite(base, rename) as CanonicalModel;
    const rewrittenDefinitions = new Map(definitionsOf(rewrittenBase).map(d => [key(d), d]));

    for (const definition of removed) {
        if (renames.some(([from]) => from === definition)) continue;
        const risk: ChangeRisk = definition.kind === 'SLA' ? 'warning' : 'info';
        changes.push(change('removed', risk, definition, undefined, `${definition.kind} ${short(definition.name)} removed`));
    }
    for (const definition of added) {
        if (renames.some(([, to]) => to === definition)) continue;
        changes.push(change('added', 'info', definition, undefined, `${definition.kind} ${short(definition.name)} added`));
    }
    for (const after of headDefinitions) {
        const before = rewrittenDefinitions.get(key(after));
        if (!before) continue;
        const isRename = renames.some(([, to]) => to === after);
        if (!isRename && before.source && after.source && before.source.file !== after.source.file) {
            changes.push(change('moved', 'info', after, 'source', `${after.kind} ${short(after.name)} moved from ${before.source.file} to ${after.source.file}`,
                before.source.file, after.source.file));
        }
        changes.push(...compareDefinition(before, after));
    }
    changes.push(...underpinningConsequences(rewrittenBase, head));
    changes.push(...approvalConsequences(rewrittenBase, head));

    const order = (c: DiffChange) => DEFINITION_KINDS.indexOf(c.definition.kind);
    return changes
        .map((c, index) => ({ c, index }))
        .sort((a, b) => order(a.c) - order(b.c)
            || (a.c.definition.name < b.c.definition.name ? -1 : a.c.definition.name > b.c.definition.name ? 1 : 0)
            || a.index - b.index)
        .map(({ c }) => c);
}

// ---------------------------------------------------------------- definitions and renames

function definitionsOf(model: CanonicalModel): Definition[] {
    const definitions: Definition[] = [];
    const add = (kind: DefinitionKind, items: Array<{ name: string; source?: { file: string; line: number } }>) => {
        for (const item of items) definitions.push({ kind, name: item.name, source: item.source, body: item as unknown as Record<string, unknown> });
    };
    add('service', model.services);
    for (const agreement of model.agreements) add(agreement.type, [agreement]);
    add('workflow', model.workflows);
    add('team', model.teams);
    add('change authority', model.changeAuthorities);
    add('calendar', model.calendars);
    add('holiday list', model.holidayLists);
    add('priority matrix', model.priorityMatrices);
    add('CI class', model.ciClasses);
    // A CI's relationships are part of the CI.
    add('CI', model.cis.map(ci => ({
        ...ci,
        relationships: model.relationships.filter(r => r.source === ci.name)
            .map(r => ({ type: r.type, target: r.target, ...(r.redundancyGroup ? { redundancyGroup: r.redundancyGroup } : {}) })),
    })));
    return definitions;
}

/** Pairs of (removed, added) definitions that are one rename. */
function findRenames(removed: Definition[], added: Definition[]): Array<[Definition, Definition]> {
    const pairs: Array<[Definition, Definition]> = [];
    const taken = new Set<Definition>();
    const content = (d: Definition, rename: (s: string) => string) => {
        const body = Object.fromEntries(Object.entries(d.body).filter(([k]) => !NOT_FIELDS.has(k)));
        return JSON.stringify(rewrite(body, rename));
    };
    // 1. Same kind, same content apart from the name (names nested under it, like offerings, follow it).
    for (const from of removed) {
        const candidates = added.filter(to => !taken.has(to) && to.kind === from.kind
            && content(from, s => renameName(s, new Map([[from.name, to.name]]))) === content(to, s => s));
        if (candidates.length === 1) {
            pairs.push([from, candidates[0]]);
            taken.add(candidates[0]);
        }
    }
    // 2. Same kind at the same file and line: renamed and edited in one go.
    for (const from of removed) {
        if (pairs.some(([f]) => f === from) || !from.source) continue;
        const candidates = added.filter(to => !taken.has(to) && to.kind === from.kind
            && to.source?.file === from.source!.file && to.source.line === from.source!.line);
        if (candidates.length === 1) {
            pairs.push([from, candidates[0]]);
            taken.add(candidates[0]);
        }
    }
    return pairs;
}

function renameName(value: string, renamed: ReadonlyMap<string, string>): string {
    const exact = renamed.get(value);
    if (exact !== undefined) return exact;
    for (const separator of ['.', '#']) {
        const at = value.lastIndexOf(separator);
        for (let cut = at; cut > 0; cut = value.lastIndexOf(separator, cut - 1)) {
            const to = renamed.get(value.slice(0, cut));
            if (to !== undefined) return to + value.slice(cut);
        }
    }
    return value;
}

/** A deep copy with every reference-like string passed through `rename` (free text and positions are kept). */
function rewrite(value: unknown, rename: (s: string) => string, key?: string): unknown {
    if (typeof value === 'string') return key !== undefined && FREE_TEXT.has(key) ? value : rename(value);
    if (Array.isArray(value)) return value.map(item => rewrite(item, rename, key));
    if (value && typeof value === 'object') {
        if (key === 'source') return value;
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, rename, k)]));
    }
    return value;
}

// ---------------------------------------------------------------- fields

function compareDefinition(before: Definition, after: Definition): DiffChange[] {
    const changes: DiffChange[] = [];
    const handled = new Set<string>();
    const push = (c: DiffChange) => changes.push(c);
    switch (after.kind) {
        case 'service':
            compareService(before.body as unknown as ServiceModel, after.body as unknown as ServiceModel, after, push, handled);
            break;
        case 'SLA': case 'OLA': case 'UC':
            compareAgreement(before.body as unknown as AgreementModel, after.body as unknown as AgreementModel, after, push, handled);
            break;
        case 'workflow':
            compareWorkflow(before.body as unknown as WorkflowModel, after.body as unknown as WorkflowModel, after, push, handled);
            break;
        case 'priority matrix':
            compareMatrix(before.body as unknown as PriorityMatrixModel, after.body as unknown as PriorityMatrixModel, after, push, handled);
            break;
        case 'CI':
            compareCi(before.body as unknown as CiModel, after.body as unknown as CiModel, after, push, handled);
            break;
        default:
            break;
    }
    const keys = [...new Set([...Object.keys(before.body), ...Object.keys(after.body)])];
    for (const field of keys) {
        if (NOT_FIELDS.has(field) || handled.has(field)) continue;
        changes.push(...compareField(after, field, before.body[field], after.body[field]));
    }
    return changes;
}

const FIELD_LABELS: Record<string, string> = {
    realizedBy: 'realized by', underpinnedBy: 'underpinned by', holidayLists: 'holidays', priorityMatrix: 'priorities',
    hoursPerWeek: 'hours per week', changeAuthorities: 'change authorities', extends: 'extends',
};
/** Fields whose values are qualified names (shown by their last segment). */
const REFERENCES = new Set(['owner', 'support', 'hours', 'holidayLists', 'members', 'realizedBy', 'underpinnedBy', 'service', 'provider',
    'priorityMatrix', 'class', 'extends', 'slas']);
const label = (field: string) => FIELD_LABELS[field] ?? field.replace(/[A-Z]/g, c => ` ${c.toLowerCase()}`);

/** Any field: a list of names gains or loses items; a value is set, unset or changed. */
function compareField(definition: Definition, field: string, before: unknown, after: unknown, risks: { unset?: ChangeRisk } = {}): DiffChange[] {
    if (same(before, after)) return [];
    const name = `${short(definition.name)} ${label(field)}`;
    const ref = REFERENCES.has(field);
    const display = (v: unknown) => show(v, ref);
    const item = (v: string) => (ref ? short(v) : v);
    if (isStringList(before) && isStringList(after)) {
        const changes: DiffChange[] = [];
        for (const i of before.filter(x => !after.includes(x))) {
            changes.push(change('removed', risks.unset ?? 'info', definition, field, `${name}: ${item(i)} removed`, i, null));
        }
        for (const i of after.filter(x => !before.includes(x))) {
            changes.push(change('added', 'info', definition, field, `${name}: ${item(i)} added`, null, i));
        }
        if (changes.length === 0) changes.push(change('changed', 'info', definition, field, `${name} reordered`, value(before), value(after)));
        return changes;
    }
    if (before === undefined || (Array.isArray(before) && before.length === 0)) {
        return [change('added', 'info', definition, field, `${name} set to ${display(after)}`, null, value(after))];
    }
    if (after === undefined || (Array.isArray(after) && after.length === 0)) {
        return [change('removed', risks.unset ?? 'info', definition, field, `${name} removed (was ${display(before)})`, value(before), null)];
    }
    return [change('changed', 'info', definition, field, `${name} changed ${display(before)} → ${display(after)}`, value(before), value(after))];
}

function compareService(before: ServiceModel, after: ServiceModel, definition: Definition, push: (c: DiffChange) => void, handled: Set<string>) {
    handled.add('availability').add('owner').add('dependencies').add('offerings');
    const name = short(after.name);
    availabilityChange(definition, 'availability', before.availability, after.availability, push);
    for (const c of compareField(definition, 'owner', before.owner, after.owner, { unset: 'warning' })) push(c);
    const clause = (d: ServiceModel['dependencies'][number]) => d.mode === 'any' ? `any of (${d.services.map(short).join(', ')})` : d.services.map(short).join(', ');
    const beforeDeps = before.dependencies.map(clause);
    const afterDeps = after.dependencies.map(clause);
    for (const d of beforeDeps.filter(d => !afterDeps.includes(d))) push(change('removed', 'info', definition, 'dependencies', `${name} no longer depends on ${d}`, d, null));
    for (const d of afterDeps.filter(d => !beforeDeps.includes(d))) push(change('added', 'info', definition, 'dependencies', `${name} now depends on ${d}`, null, d));

    const offerings = new Map(before.offerings.map(o => [o.name, o]));
    for (const offering of after.offerings) {
        const old = offerings.get(offering.name);
        if (!old) {
            push(change('added', 'info', definition, `offerings.${short(offering.name)}`, `${name}: offering ${short(offering.name)} added`));
            continue;
        }
        for (const field of ['audience', 'slas', 'description'] as const) {
            for (const c of compareField(definition, field, old[field], offering[field])) {
                push({ ...c, field: `offerings.${short(offering.name)}.${field}`, message: c.message.replace(`${name} `, `${name} offering ${short(offering.name)} `) });
            }
        }
    }
    for (const offering of before.offerings.filter(o => !after.offerings.some(a => a.name === o.name))) {
        push(change('removed', 'info', definition, `offerings.${short(offering.name)}`, `${name}: offering ${short(offering.name)} removed`));
    }

    // Consequence: what the dependencies allow.
    const from = before.computed.availabilityCeiling;
    const to = after.computed.availabilityCeiling;
    if (from !== to) {
        const lowered = from === undefined ? false : to === undefined ? false : to < from;
        const target = after.availability;
        const below = target !== undefined && to !== undefined && to < target ? `, below its availability ${percent(target)}` : '';
        const text = from === undefined ? `now ${percent(to!)}` : to === undefined ? `no longer computed (was ${percent(from)})` : `moved ${percent(from)} → ${percent(to)}`;
        push(change('moved', lowered ? 'warning' : 'info', definition, 'computed.availabilityCeiling',
            `${name} availability ceiling (what its dependencies allow) ${text}${below}`, from ?? null, to ?? null, 'percent'));
    }
}

function availabilityChange(definition: Definition, field: string, before: number | undefined, after: number | undefined, push: (c: DiffChange) => void) {
    if (before === after) return;
    const name = short(definition.name);
    if (before === undefined) {
        push(change('added', 'info', definition, field, `${name} availability ${percent(after!)} added`, null, after!, 'percent'));
    } else if (after === undefined) {
        push(change('removed', 'warning', definition, field, `${name} availability ${percent(before)} removed`, before, null, 'percent'));
    } else if (after < before) {
        push(change('loosened', 'warning', definition, field, `${name} availability lowered ${percent(before)} → ${percent(after)}`, before, after, 'percent'));
    } else {
        push(change('tightened', 'info', definition, field, `${name} availability raised ${percent(before)} → ${percent(after)}`, before, after, 'percent'));
    }
}

const METRICS = { response: 'response', resolve: 'resolution' } as const;

function compareAgreement(before: AgreementModel, after: AgreementModel, definition: Definition, push: (c: DiffChange) => void, handled: Set<string>) {
    handled.add('availability').add('targets');
    const name = short(after.name);
    const sla = after.type === 'SLA';
    availabilityChange(definition, 'availability', before.availability?.percent, after.availability?.percent, push);
    for (const c of compareField(definition, 'period', before.availability?.period, after.availability?.period)) push({ ...c, field: 'availability.period' });

    const priorities = unique([...before.targets.map(t => t.priority), ...after.targets.map(t => t.priority)]);
    for (const priority of priorities) {
        const old = before.targets.find(t => t.priority === priority);
        const now = after.targets.find(t => t.priority === priority);
        if (!old) { push(change('added', 'info', definition, `targets.${priority}`, `${name} ${priority} target added (${targetText(now!)})`)); continue; }
        if (!now) { push(change('removed', sla ? 'warning' : 'info', definition, `targets.${priority}`, `${name} ${priority} target removed (was ${targetText(old)})`)); continue; }
        for (const metric of ['response', 'resolve'] as const) {
            const a = old[metric]?.seconds;
            const b = now[metric]?.seconds;
            if (a === b) continue;
            const field = `targets.${priority}.${metric}`;
            const what = `${name} ${priority} ${METRICS[metric]}`;
            if (a === undefined) push(change('added', 'info', definition, field, `${what} ${formatSeconds(b!)} added`, null, b!, 'seconds'));
            else if (b === undefined) push(change('removed', sla ? 'warning' : 'info', definition, field, `${what} ${formatSeconds(a)} removed`, a, null, 'seconds'));
            else if (b > a) push(change('loosened', sla ? 'warning' : 'info', definition, field, `${what} loosened ${formatSeconds(a)} → ${formatSeconds(b)}`, a, b, 'seconds'));
            else push(change('tightened', 'info', definition, field, `${what} tightened ${formatSeconds(a)} → ${formatSeconds(b)}`, a, b, 'seconds'));
        }
    }
}

function targetText(target: AgreementModel['targets'][number]): string {
    return [target.response && `response ${formatSeconds(target.response.seconds)}`, target.resolve && `resolve ${formatSeconds(target.resolve.seconds)}`]
        .filter(Boolean).join(', ') || 'no durations';
}

function compareWorkflow(before: WorkflowModel, after: WorkflowModel, definition: Definition, push: (c: DiffChange) => void, handled: Set<string>) {
    handled.add('states').add('transitions');
    const name = short(after.name);
    for (const state of after.states.filter(s => !before.states.some(b => b.name === s.name))) {
        push(change('added', 'info', definition, `states.${state.name}`, `${name}: state ${state.name} added${flags(state)}`));
    }
    for (const state of before.states.filter(s => !after.states.some(a => a.name === s.name))) {
        const approval = state.approvals.length > 0;
        push(change('removed', approval ? 'warning' : 'info', definition, `states.${state.name}`,
            `${name}: ${approval ? `approval state ${state.name} (approval by ${state.approvals.map(short).join(', ')})` : `state ${state.name}`} removed`,
            approval ? state.approvals : null, null));
    }
    for (const state of after.states) {
        const old = before.states.find(b => b.name === state.name);
        if (!old) continue;
        for (const flag of ['initial', 'final', 'implementation'] as const) {
            if (old[flag] !== state[flag]) {
                push(change('changed', 'info', definition, `states.${state.name}.${flag}`,
                    `${name}: state ${state.name} ${state[flag] ? 'is now' : 'is no longer'} ${flag}`, old[flag], state[flag]));
            }
        }
        for (const approver of old.approvals.filter(a => !state.approvals.includes(a))) {
            push(change('removed', 'warning', definition, `states.${state.name}.approvals`,
                `${name}: approval by ${short(approver)} removed from state ${state.name}`, approver, null));
        }
        for (const approver of state.approvals.filter(a => !old.approvals.includes(a))) {
            push(change('added', 'info', definition, `states.${state.name}.approvals`,
                `${name}: approval by ${short(approver)} added to state ${state.name}`, null, approver));
        }
    }
    // `* -> X` is compared as written, not as its expansion (which changes with every added state).
    const arrows = (w: WorkflowModel) => unique(w.transitions.map(t => `${t.fromAny ? '*' : t.from} -> ${t.to}`));
    const beforeArrows = arrows(before);
    const afterArrows = arrows(after);
    for (const t of beforeArrows.filter(t => !afterArrows.includes(t))) push(change('removed', 'info', definition, 'transitions', `${name}: transition ${t} removed`, t, null));
    for (const t of afterArrows.filter(t => !beforeArrows.includes(t))) push(change('added', 'info', definition, 'transitions', `${name}: transition ${t} added`, null, t));
}

function flags(state: WorkflowModel['states'][number]): string {
    const words = [state.initial && 'initial', state.final && 'final', state.implementation && 'implementation',
        state.approvals.length > 0 && `approval by ${state.approvals.map(short).join(', ')}`].filter(Boolean);
    return words.length > 0 ? ` (${words.join(', ')})` : '';
}

function compareMatrix(before: PriorityMatrixModel, after: PriorityMatrixModel, definition: Definition, push: (c: DiffChange) => void, handled: Set<string>) {
    handled.add('cells');
    const name = short(after.name);
    for (const cell of after.cells) {
        const old = before.cells.find(c => c.impact === cell.impact && c.urgency === cell.urgency);
        if (old && old.priority !== cell.priority) {
            push(change('changed', 'info', definition, `cells.${cell.impact}.${cell.urgency}`,
                `${name}: impact ${cell.impact} × urgency ${cell.urgency} changed ${old.priority} → ${cell.priority}`, old.priority, cell.priority));
        }
    }
}

function compareCi(before: CiModel, after: CiModel, definition: Definition, push: (c: DiffChange) => void, handled: Set<string>) {
    handled.add('owner').add('attributes').add('relationships');
    const relation = (r: { type: string; target: string; redundancyGroup?: string }) =>
        `${r.type} ${short(r.target)}${r.redundancyGroup ? ' (redundant)' : ''}`;
    const beforeRelations = ((before as unknown as { relationships: RelationshipModel[] }).relationships).map(relation);
    const afterRelations = ((after as unknown as { relationships: RelationshipModel[] }).relationships).map(relation);
    for (const r of beforeRelations.filter(r => !afterRelations.includes(r))) push(change('removed', 'info', definition, 'relationships', `${short(after.name)}: ${r} removed`, r, null));
    for (const r of afterRelations.filter(r => !beforeRelations.includes(r))) push(change('added', 'info', definition, 'relationships', `${short(after.name)}: ${r} added`, null, r));
    for (const c of compareField(definition, 'owner', before.owner, after.owner, { unset: 'warning' })) push(c);
    for (const key of unique([...Object.keys(before.attributes), ...Object.keys(after.attributes)])) {
        for (const c of compareField(definition, key, before.attributes[key], after.attributes[key])) push({ ...c, field: `attributes.${key}` });
    }
}

// ---------------------------------------------------------------- consequences

type Metric = 'response' | 'resolve';

/**
 * Why underpinning agreement `by` does not underpin `sla`'s `priority` `metric`
 * in `model`, or undefined when it does (it is listed, exists, and its target
 * is at least as strict).
 */
function notUnderpinned(model: CanonicalModel, sla: AgreementModel, by: string, priority: string, metric: Metric, seconds: number):
    { reason: 'unlisted' | 'gone' | 'missing' | 'looser'; seconds?: number } | undefined {
    if (!sla.underpinnedBy.includes(by)) return { reason: 'unlisted' };
    const agreement = model.agreements.find(a => a.name === by);
    if (!agreement) return { reason: 'gone' };
    const target = agreement.targets.find(t => t.priority === priority)?.[metric]?.seconds;
    if (target === undefined) return { reason: 'missing' };
    return target > seconds ? { reason: 'looser', seconds: target } : undefined;
}

function underpinningConsequences(base: CanonicalModel, head: CanonicalModel): DiffChange[] {
    const changes: DiffChange[] = [];
    for (const sla of head.agreements.filter(a => a.type === 'SLA')) {
        const old = base.agreements.find(a => a.type === 'SLA' && a.name === sla.name);
        const definition: Definition = { kind: 'SLA', name: sla.name, source: sla.source, body: {} };
        const name = short(sla.name);
        const lost = new Map<string, string[]>();
        const unsupported: string[] = [];
        for (const target of sla.targets) {
            for (const metric of ['response', 'resolve'] as const) {
                const seconds = target[metric]?.seconds;
                if (seconds === undefined) continue;
                const what = `${target.priority} ${METRICS[metric]}`;
                const oldSeconds = old?.targets.find(t => t.priority === target.priority)?.[metric]?.seconds;
                const underpinners = sla.underpinnedBy.filter(by => !notUnderpinned(head, sla, by, target.priority, metric, seconds));
                if (oldSeconds === undefined) {
                    if (underpinners.length === 0) unsupported.push(what);
                    continue;
                }
                for (const by of old!.underpinnedBy) {
                    if (notUnderpinned(base, old!, by, target.priority, metric, oldSeconds)) continue;
                    const why = notUnderpinned(head, sla, by, target.priority, metric, seconds);
                    if (!why) continue;
                    if (why.reason === 'looser') {
                        changes.push(change('removed', 'warning', definition, `targets.${target.priority}.${metric}`,
                            `${name} ${what} ${formatSeconds(seconds)} no longer underpinned by ${short(by)}, whose ${what} is ${formatSeconds(why.seconds!)}`,
                            by, null));
                    } else {
                        const group = `${by}\u0000${why.reason}`;
                        lost.set(group, [...(lost.get(group) ?? []), what]);
                    }
                }
            }
        }
        for (const [group, items] of lost) {
            const [by, reason] = group.split('\u0000');
            const because = reason === 'unlisted' ? `removed from \`underpinned by\`` : reason === 'gone' ? `${short(by)} was removed` : `${short(by)} has no such target`;
            changes.push(change('removed', 'warning', definition, 'underpinnedBy',
                `${name} ${items.join(', ')} no longer underpinned by ${short(by)} (${because})`, by, null));
        }
        if (unsupported.length > 0) {
            changes.push(change('added', 'warning', definition, 'targets',
                `${name}${old ? '' : ' (new)'}: ${unsupported.join(', ')} not underpinned by any OLA or UC`, null, unsupported));
        }
    }
    return changes;
}

/** For each implementation state reachable from the (first) initial state without passing an approval state, one such path. */
export function approvalBypassesOf(workflow: WorkflowModel): Map<string, string[]> {
    const states = new Map(workflow.states.map(s => [s.name, s]));
    const start = workflow.states.find(s => s.initial);
    const result = new Map<string, string[]>();
    if (!start || start.approvals.length > 0) return result;
    const parent = new Map<string, string | undefined>([[start.name, undefined]]);
    const queue = [start.name];
    for (let at = 0; at < queue.length; at++) {
        for (const t of workflow.transitions) {
            if (t.from !== queue[at] || parent.has(t.to)) continue;
            const next = states.get(t.to);
            if (!next || next.approvals.length > 0) continue;
            parent.set(t.to, queue[at]);
            queue.push(t.to);
        }
    }
    for (const state of workflow.states) {
        if (!state.implementation || !parent.has(state.name)) continue;
        const path: string[] = [];
        for (let at: string | undefined = state.name; at !== undefined; at = parent.get(at)) path.unshift(at);
        result.set(state.name, path);
    }
    return result;
}

function approvalConsequences(base: CanonicalModel, head: CanonicalModel): DiffChange[] {
    const changes: DiffChange[] = [];
    for (const workflow of head.workflows) {
        const old = base.workflows.find(w => w.name === workflow.name);
        if (!old) continue;
        const definition: Definition = { kind: 'workflow', name: workflow.name, source: workflow.source, body: {} };
        const before = approvalBypassesOf(old);
        const after = approvalBypassesOf(workflow);
        const name = short(workflow.name);
        for (const [state, path] of after) {
            if (before.has(state)) continue;
            changes.push(change('removed', 'warning', definition, 'approvalPath',
                `${name}: ${state} is now reachable without approval: ${path.join(' → ')}`, 'approved', path));
        }
        for (const [state, path] of before) {
            if (after.has(state) || !workflow.states.some(s => s.name === state && s.implementation)) continue;
            changes.push(change('tightened', 'info', definition, 'approvalPath',
                `${name}: ${state} now needs an approval on every path (was reachable by ${path.join(' → ')})`, path, 'approved'));
        }
    }
    return changes;
}

// ---------------------------------------------------------------- helpers

function change(kind: ChangeKind, risk: ChangeRisk, definition: Definition, field: string | undefined, message: string,
    old?: unknown, now?: unknown, unit?: DiffChange['unit']): DiffChange {
    return {
        kind, risk,
        definition: { kind: definition.kind, name: definition.name, ...(definition.source ? { source: definition.source } : {}) },
        ...(field ? { field } : {}),
        message,
        ...(old !== undefined ? { old: value(old) } : {}),
        ...(now !== undefined ? { new: value(now) } : {}),
        ...(unit ? { unit } : {}),
    };
}

function value(v: unknown): DiffValue {
    return v === undefined ? null : JSON.parse(JSON.stringify(v)) as DiffValue;
}

function same(a: unknown, b: unknown): boolean {
    return JSON.stringify(a) === JSON.stringify(b);
}

function isStringList(v: unknown): v is string[] {
    return Array.isArray(v) && v.every(item => typeof item === 'string');
}

function unique<T>(items: T[]): T[] {
    return [...new Set(items)];
}

/** The last segment of a qualified name (what the author wrote). */
export function short(name: string): string {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(dot + 1);
}

export function percent(value: number): string {
    return `${Number(value.toFixed(4))}%`;
}

function show(v: unknown, reference: boolean): string {
    if (typeof v === 'string') return reference ? short(v) : JSON.stringify(v);
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (isStringList(v)) return v.map(i => (reference ? short(i) : i)).join(', ');
    return JSON.stringify(v);
}
