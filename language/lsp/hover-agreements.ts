/**
 * Hovers of service level management: an agreement's service, provider or
 * vendor, hours, matrix and targets; a priority target's durations in
 * seconds, with the underpinning agreements' targets for the same priority
 * underneath (for an SLA) or the SLAs it underpins (for an OLA or UC), each
 * judged stricter or looser.
 */
import { coverageOf, describeCalendar, formatHours } from '../analysis/calendar-coverage.js';
import { formatPercent } from '../analysis/availability.js';
import { isSla, type Agreement, type Calendar, type Duration, type PriorityTarget } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { facts, formatSecondsPlain, listOf, nameOf, names, table } from './hover-markdown.js';

const AGREEMENT_WORDS: Record<Agreement['$type'], string> = { Sla: 'SLA', Ola: 'OLA', UnderpinningContract: 'UC' };

/** "BusinessHours (mon..fri 08:00-18:00, Europe/London, except UKBankHolidays), 50 hours a week" */
export function calendarSummary(calendar: Calendar | undefined, services: ItsmServices): string | undefined {
    if (!calendar) return undefined;
    const coverage = coverageOf(calendar, services);
    return `${describeCalendar(coverage)}, ${formatHours(coverage.weeklyMinutes)} hours a week`;
}

export function agreementHover(agreement: Agreement, services: ItsmServices): string[] {
    const hours = agreement.hours ? calendarSummary(agreement.hours.ref, services) ?? agreement.hours.$refText : undefined;
    const underpins = isSla(agreement) ? [] : services.references.WorkspaceRelations.slasUnderpinnedBy(agreement).map(s => s.name);
    const parts = [facts([
        ['Service', isSla(agreement) && (nameOf(agreement.service) ?? '_none_')],
        ['Provider', agreement.$type === 'Ola' && (nameOf(agreement.provider) ?? '_none_')],
        ['Vendor', agreement.$type === 'UnderpinningContract' && (agreement.vendor ?? '_none_')],
        ['Hours', hours ?? '_none_'],
        ['Priority matrix', nameOf(agreement.matrix) ?? '_none_'],
        ['Availability', agreement.availability !== undefined && `${formatPercent(agreement.availability)}%${agreement.period ? ` per ${agreement.period}` : ''}`],
        ['Underpinned by', isSla(agreement) && names(agreement.underpinnedBy)],
        ['Underpins', agreement.$type !== 'Sla' && (listOf(underpins) ?? 'no SLA')],
    ])];
    if (agreement.targets.length > 0) {
        parts.push(table(['Priority', 'Response', 'Resolve'], agreement.targets.map(target => {
            const label = target.priority?.ref?.label;
            return [`${target.priority?.$refText ?? '?'}${label ? ` ${label}` : ''}`, durationCell(target.response), durationCell(target.resolve)];
        })));
    }
    return parts;
}

function durationCell(duration: Duration | undefined): string {
    if (!duration) return '—';
    return duration.seconds === undefined ? duration.text : `${duration.text} (${formatSecondsPlain(duration.seconds)})`;
}

/** "response 15m = 900 s, resolve 4h = 14,400 s" */
function normalised(target: PriorityTarget): string {
    const part = (word: string, duration: Duration | undefined) => duration
        ? `${word} ${duration.text}${duration.seconds !== undefined ? ` = ${formatSecondsPlain(duration.seconds)}` : ' (not a valid duration)'}`
        : `no ${word} target`;
    return `${part('response', target.response)}, ${part('resolve', target.resolve)}`;
}

/** "response 5m, resolve 1h" */
function brief(target: PriorityTarget): string {
    return [target.response && `response ${target.response.text}`, target.resolve && `resolve ${target.resolve.text}`]
        .filter(Boolean).join(', ') || 'no durations';
}

/** Fields where `lower` (the underpinning target) is looser than `upper` (the SLA's), as "resolve 8h > 4h". */
function looser(lower: PriorityTarget, upper: PriorityTarget): string[] {
    const found: string[] = [];
    for (const field of ['response', 'resolve'] as const) {
        const own = lower[field];
        const sla = upper[field];
        if (own?.seconds !== undefined && sla?.seconds !== undefined && own.seconds > sla.seconds) {
            found.push(`${field} ${own.text} > ${sla.text}`);
        }
    }
    return found;
}

function targetOf(agreement: Agreement, priority: string): PriorityTarget | undefined {
    return agreement.targets.find(t => t.priority?.$refText === priority);
}

/** The hover of one priority target (on its priority or on one of its durations). */
export function targetHover(target: PriorityTarget, services: ItsmServices): string {
    const agreement = target.$container;
    const priority = target.priority?.$refText ?? '?';
    const level = target.priority?.ref;
    const title = `**${AGREEMENT_WORDS[agreement.$type]} ${agreement.name} · ${priority}**${level?.label ? ` "${level.label}"` : ''}`;
    const lines = [title, '', normalised(target)];
    if (isSla(agreement)) {
        const below = agreement.underpinnedBy.map(reference => {
            const underpinning = reference.ref;
            if (!underpinning) return `- ${reference.$refText}: unresolved`;
            const theirs = targetOf(underpinning, priority);
            if (!theirs) return `- ${underpinning.name}: no ${priority} target`;
            const worse = looser(theirs, target);
            return `- ${underpinning.name}: ${brief(theirs)} — ${worse.length > 0 ? `**looser than this SLA** (${worse.join(', ')})` : 'at least as strict as this SLA'}`;
        });
        lines.push('', below.length > 0 ? `Underpinned by, for ${priority}:\n${below.join('\n')}` : 'No OLA or underpinning contract underpins this SLA.');
    } else {
        const above = services.references.WorkspaceRelations.slasUnderpinnedBy(agreement).map(sla => {
            const theirs = targetOf(sla, priority);
            if (!theirs) return `- ${sla.name}: no ${priority} target`;
            const worse = looser(target, theirs);
            const word = AGREEMENT_WORDS[agreement.$type];
            return `- ${sla.name}: ${brief(theirs)} — ${worse.length > 0 ? `**this ${word} is looser** (${worse.join(', ')})` : `this ${word} is at least as strict`}`;
        });
        lines.push('', above.length > 0 ? `Underpins, for ${priority}:\n${above.join('\n')}` : 'No SLA is underpinned by this agreement.');
    }
    return lines.join('\n');
}
