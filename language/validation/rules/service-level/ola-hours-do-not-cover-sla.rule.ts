import { coverageGap, coverageOf, describeCalendar, describeGap, describeWindows, formatHours } from '../../../analysis/calendar-coverage.js';
import type { Underpinning } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * Runs on the underpinning agreement, so the finding lands on its own `hours`;
 * one finding per SLA it underpins whose service hours it does not cover.
 * Without `hours` on either side there is nothing to compare.
 */
function checkUnderpinning(agreement: Underpinning, { report, services }: RuleContext): void {
    const calendar = agreement.hours?.ref;
    if (!calendar) return;
    const provider = coverageOf(calendar, services);
    const kind = agreement.$type === 'Ola' ? 'OLA' : 'Underpinning contract';
    for (const sla of services.references.WorkspaceRelations.slasUnderpinnedBy(agreement)) {
        const slaCalendar = sla.hours?.ref;
        if (!slaCalendar) continue;
        const needed = coverageOf(slaCalendar, services);
        const gap = coverageGap(needed, provider);
        if (!gap) continue;
        report({
            node: agreement,
            property: 'hours',
            message: `${kind} ${agreement.name} works ${describeCalendar(provider)} but underpins SLA ${sla.name}, which runs ` +
                `${describeCalendar(needed)}: ${describeGap(gap, needed, sla.name, agreement.name)}`,
            data: {
                sla: sla.name, slaCalendar: slaCalendar.name, calendar: calendar.name,
                uncoveredHours: Number(formatHours(gap.uncoveredMinutes)), slaWeeklyHours: Number(formatHours(gap.neededMinutes)),
                uncoveredWindows: describeWindows(gap, needed), timezone: needed.zone,
                holidays: gap.holidays.map(h => h.date),
                suggested: slaCalendar.name,
            },
        });
    }
}

export const olaHoursDoNotCoverSla = defineRule({
    code: 'ola-hours-do-not-cover-sla',
    severity: 'warning',
    category: 'service-level',
    description: 'An OLA or underpinning contract\'s hours do not cover the service hours of an SLA it underpins.',
    checks: {
        Ola: checkUnderpinning,
        UnderpinningContract: checkUnderpinning,
    },
});
