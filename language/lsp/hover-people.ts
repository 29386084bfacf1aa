/**
 * Hovers of teams, change authorities, calendars and holiday lists: a team's
 * contact, hours and what it owns, supports and provides (counts); an
 * authority's members and where it approves; a calendar's hours, time zone
 * and hours per week; a holiday list's dates.
 */
import { coverageOf, formatHours } from '../analysis/calendar-coverage.js';
import {
    isAgreement, isChangeAuthority, isConfigurationItem, isOla, isService, isTeam, isWorkflow,
    type Calendar, type ChangeAuthority, type HolidayList, type Team,
} from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { calendarSummary } from './hover-agreements.js';
import { count, facts, listOf, names } from './hover-markdown.js';

/** "3 services (Directory, Dns, DnsSecondary)" */
function counted(items: Array<{ name: string }>, one: string, many?: string): string | undefined {
    return items.length > 0 ? `${count(items.length, one, many)} (${listOf(items.map(i => i.name), 5)})` : undefined;
}

/** The states, as "Workflow.State", whose approvers include this team or authority. */
function approvals(approver: Team | ChangeAuthority, services: ItsmServices): string[] {
    return services.references.DefinitionIndex.nodesOfType('Workflow', isWorkflow).flatMap(workflow =>
        workflow.states.filter(state => state.approvers.some(r => r.ref === approver)).map(state => `${workflow.name}.${state.name}`));
}

export function teamHover(team: Team, services: ItsmServices): string[] {
    const index = services.references.DefinitionIndex;
    const allServices = index.nodesOfType('Service', isService);
    const owned = allServices.filter(s => s.owner?.ref === team);
    const supported = allServices.filter(s => s.support?.ref === team);
    const cis = index.nodesOfType('ConfigurationItem', isConfigurationItem).filter(ci => ci.owner?.ref === team);
    const olas = index.nodesOfType('Ola', isOla).filter(ola => ola.provider?.ref === team);
    const memberOf = index.nodesOfType('ChangeAuthority', isChangeAuthority).filter(a => a.members.some(m => m.ref === team));
    return [facts([
        ['Lead', team.lead],
        ['E-mail', team.email],
        ['Phone', team.phone],
        ['Hours', team.hours ? calendarSummary(team.hours.ref, services) ?? team.hours.$refText : '_none_'],
        ['Owns', [counted(owned, 'service'), counted(cis, 'CI')].filter(Boolean).join('; ') || 'nothing'],
        ['Supports', counted(supported, 'service') ?? 'nothing'],
        ['Provides', counted(olas, 'OLA')],
        ['Member of', listOf(memberOf.map(a => a.name))],
        ['Approves', listOf(approvals(team, services))],
    ])];
}

export function authorityHover(authority: ChangeAuthority, services: ItsmServices): string[] {
    return [facts([
        ['Title', authority.title],
        ['Emergency', authority.emergency ? 'yes (may approve emergency changes)' : 'no'],
        ['Members', names(authority.members) ?? '_none_'],
        ['Approves', listOf(approvals(authority, services)) ?? 'in no workflow'],
    ])];
}

export function calendarHover(calendar: Calendar, services: ItsmServices): string[] {
    const coverage = coverageOf(calendar, services);
    const offset = coverage.offsetMinutes;
    const utcOffset = offset === undefined ? 'unknown offset'
        : `UTC${offset < 0 ? '−' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')} in January`;
    const index = services.references.DefinitionIndex;
    const users = [
        ...index.nodesOfType('Sla', isAgreement), ...index.nodesOfType('Ola', isAgreement),
        ...index.nodesOfType('UnderpinningContract', isAgreement), ...index.nodesOfType('Team', isTeam),
    ].filter(node => node.hours?.ref === calendar).map(node => node.name);
    return [facts([
        ['Hours', coverage.hoursText],
        ['Hours per week', `${formatHours(coverage.weeklyMinutes)} of 168`],
        ['Time zone', coverage.zoneDeclared ? `${coverage.zone} (${utcOffset})` : 'UTC (no timezone given)'],
        ['Except holidays', coverage.holidays.size > 0 && `${names(calendar.holidays)} (${count(coverage.holidays.size, 'date')})`],
        ['Used by', listOf(users)],
    ])];
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Friday", from an ISO date. */
export function weekdayOf(iso: string): string {
    return WEEKDAY_NAMES[new Date(`${iso}T00:00:00Z`).getUTCDay()];
}

export function holidaysHover(list: HolidayList): string[] {
    const days = list.days.map(day => {
        const iso = day.date?.iso;
        return `${day.date?.text ?? '?'}${iso ? ` (${weekdayOf(iso).slice(0, 3)})` : ''}${day.label ? ` ${day.label}` : ''}`;
    });
    return [`${count(days.length, 'date')}${days.length > 0 ? ':' : ''}`, days.slice(0, 12).map(d => `- ${d}`).join('\n')
        + (days.length > 12 ? `\n- … and ${days.length - 12} more` : '')].filter(Boolean);
}
