/**
 * The rule catalogue: every rule is listed here once, and registered with
 * Langium's validation registry keyed by the AST types its checks look at.
 */
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { ItsmAstType } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { ruleDocsUrl } from '../docs-links.js';
import type { Finding, RuleContext, RuleDefinition } from './rule.js';
import { catalogueRules } from './rules/catalogue/index.js';
import { changeRules } from './rules/change/index.js';
import { cmdbRules } from './rules/cmdb/index.js';
import { continuityRules } from './rules/continuity/index.js';
import { measurementRules } from './rules/measurement/index.js';
import { processRules } from './rules/process/index.js';
import { prioritiesCalendarsRules } from './rules/priorities-calendars/index.js';
import { serviceLevelRules } from './rules/service-level/index.js';
import { structureRules } from './rules/structure/index.js';

/** Every rule, in catalogue order; each category lists its own in `rules/<category>/index.ts`. */
export const RULES: readonly RuleDefinition[] = [
    ...structureRules,
    ...catalogueRules,
    ...serviceLevelRules,
    ...prioritiesCalendarsRules,
    ...cmdbRules,
    ...changeRules,
    ...processRules,
    ...continuityRules,
    ...measurementRules,
];

export const INTERNAL_ERROR_CODE = 'internal-error';

export function findRule(code: string): RuleDefinition | undefined {
    return RULES.find(rule => rule.code === code);
}

type AnyCheck = (node: AstNode, context: RuleContext) => void;

/** Registers every rule's checks; a rule that throws becomes one diagnostic and the others still run. */
export function registerRules(services: ItsmServices): void {
    const byType = new Map<string, Array<{ rule: RuleDefinition; check: AnyCheck }>>();
    for (const rule of RULES) {
        for (const [type, check] of Object.entries(rule.checks ?? {})) {
            const list = byType.get(type) ?? [];
            list.push({ rule, check: check as AnyCheck });
            byType.set(type, list);
        }
    }
    const settings = services.validation.RuleSettings;
    const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
    for (const [type, entries] of byType) {
        checks[type] = (node, accept) => {
            for (const { rule, check } of entries) {
                const level = settings.levelOf(rule.code);
                if (level === 'off') continue;
                const report = <N extends AstNode>(finding: Finding<N>) => {
                    accept(level, finding.message, {
                        node: finding.node,
                        property: finding.property,
                        index: finding.index,
                        range: finding.range,
                        code: rule.code,
                        codeDescription: { href: ruleDocsUrl(rule.code) },
                        data: { code: rule.code, ...finding.data },
                    } as never);
                };
                try {
                    check(node, { report, services });
                } catch (error) {
                    const reason = error instanceof Error ? error.message : String(error);
                    console.error(`Rule ${rule.code} failed on a ${node.$type}:`, error);
                    accept('error', `Rule ${rule.code} could not check this ${node.$type}: ${reason}. ` +
                        'This is a bug in the rule; the other rules still ran.', {
                        node,
                        code: INTERNAL_ERROR_CODE,
                        data: { code: INTERNAL_ERROR_CODE, rule: rule.code },
                    });
                }
            }
        };
    }
    services.validation.ValidationRegistry.register(checks as ValidationChecks<ItsmAstType>);
}
