/** `itsm rules`: the rule catalogue as a table or as JSON. */
import { ruleDocsUrl } from '../language/docs-links.js';
import { RULES } from '../language/validation/index.js';

export function rulesCatalogue() {
    return RULES.map(rule => ({
        code: rule.code,
        severity: rule.severity,
        category: rule.category,
        description: rule.description,
        suppressible: rule.suppressible !== false,
        docs: ruleDocsUrl(rule.code),
    }));
}

export function formatRulesJson(): string {
    return JSON.stringify({ version: 1, rules: rulesCatalogue() }, null, 2) + '\n';
}

export function formatRulesText(): string {
    const rules = rulesCatalogue();
    const width = Math.max(...rules.map(r => r.code.length));
    const lines: string[] = [];
    let category = '';
    for (const rule of rules) {
        if (rule.category !== category) {
            if (category) lines.push('');
            category = rule.category;
            lines.push(`${category}:`);
        }
        lines.push(`  ${rule.code.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}`);
    }
    lines.push('', `${rules.length} rules. Each has a page at ${ruleDocsUrl('<code>')}`);
    return lines.join('\n') + '\n';
}
