import { coverageGap, coverageOf, describeCalendar, describeGap, describeWindows, formatHours } from '../../../analysis/calendar-coverage.js';
import type { Sla } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * The SLA's service hours against the working hours of the support team of
 * its service; reported on the SLA's `hours`. Without a service, a support
 * team, or `hours` on either side there is nothing to compare.
 */
function checkSla(sla: Sla, { report, services }: RuleContext): void {
    const slaCalendar = sla.hours?.ref;
    const service = sla.service?.ref;
    const team = service?.support?.ref;
    const teamCalendar = team?.hours?.ref;
    if (!slaCalendar || !service || !team || !teamCalendar) return;
    const needed = coverageOf(slaCalendar, services);
    const provider = coverageOf(teamCalendar, services);
    const gap = coverageGap(needed, provider);
    if (!gap) return;
    report({
        node: sla,
        property: 'hours',
        message: `SLA ${sla.name} runs ${describeCalendar(needed)} but ${service.name}'s support team ${team.name} works ` +
            `${describeCalendar(provider)}: ${describeGap(gap, needed, sla.name, team.name)}`,
        data: {
            service: service.name, team: team.name, calendar: slaCalendar.name, teamCalendar: teamCalendar.name,
            uncoveredHours: Number(formatHours(gap.uncoveredMinutes)), weeklyHours: Number(formatHours(gap.neededMinutes)),
            uncoveredWindows: describeWindows(gap, needed), timezone: needed.zone,
            holidays: gap.holidays.map(h => h.date),
            suggested: teamCalendar.name,
        },
    });
}

export const slaHoursExceedSupportHours = defineRule({
    code: 'sla-hours-exceed-support-hours',
    severity: 'warning',
    category: 'service-level',
    description: 'The SLA\'s service hours are not covered by the working hours of the service\'s support team.',
    checks: {
        Sla: checkSla,
    },
});
