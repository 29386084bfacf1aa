/**
 * The command ids the extension registers (client/extension.ts), each of
 * which package.json's `contributes.commands` lists with a title and the
 * category "ITSM" (checked by test/editor/commands-contributes.test.ts).
 * No `vscode` import: tests read this file directly.
 */
export const COMMANDS = {
    validateWorkspace: 'itsm.validateWorkspace',
    generate: 'itsm.generate',
    showDependencyGraph: 'itsm.showDependencyGraph',
    openRuleDocumentation: 'itsm.openRuleDocumentation',
    restartServer: 'itsm.restartServer',
    compareWithHead: 'itsm.compareWithHead',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** The settings the extension reads (package.json `contributes.configuration`). */
export const SETTINGS = {
    rulesConfigPath: 'itsm.rules.configPath',
    traceServer: 'itsm.trace.server',
    generateOutputFolder: 'itsm.generate.outputFolder',
} as const;

export const DEFAULT_OUTPUT_FOLDER = 'generated';

/** "2 errors, 1 warning and 3 infos in 6 files" (kinds with no finding are left out; "no findings" when none). */
export function describeCounts(counts: { files: number; errors: number; warnings: number; infos: number; hints: number }): string {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts = [
        counts.errors ? plural(counts.errors, 'error') : '',
        counts.warnings ? plural(counts.warnings, 'warning') : '',
        counts.infos ? plural(counts.infos, 'info') : '',
        counts.hints ? plural(counts.hints, 'hint') : '',
    ].filter(Boolean);
    const findings = parts.length === 0 ? 'no findings'
        : parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
    return `${findings} in ${plural(counts.files, 'file')}`;
}
