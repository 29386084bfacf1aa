// The benchmark's targets (docs/performance.md) judged against the figures,
// and the figures as Markdown tables.

const fmt = (value, digits = 0) => (value === undefined || value === null || Number.isNaN(value) ? '–' : Number(value).toFixed(digits));

/** Each target with its figure and whether it is met; only targets whose workspaces were measured. */
export function evaluateTargets(sizes) {
    const targets = [];
    const add = (id, target, value, unit, limit) => targets.push({ id, target, value, unit, limit, met: value <= limit });
    const big = sizes['100k'];
    if (big) {
        add('cli-100k-seconds', 'CLI validate, 100k lines in ~1,000 files: at most 3 s (wall)', big.cli.wallMs, 'ms', 3000);
        add('cli-100k-vs-ajv', 'CLI validate, 100k lines: at most 2x the ajv schema-only baseline (wall)', big.ratio.wall, 'x', 2);
    }
    const half = sizes['25k-single'];
    const full = sizes['50k-single'];
    if (half && full) {
        const timeOf = size => size.cli.phasesMs?.total ?? size.cli.wallMs;
        const ratio = Math.round((timeOf(full) / timeOf(half)) * 100) / 100;
        const cpu = full.cli.cpuMs && half.cli.cpuMs ? ` (process CPU time: ${(full.cli.cpuMs / half.cli.cpuMs).toFixed(2)}x)` : '';
        add('single-file-scaling', `one file, 2x lines (${half.lines} -> ${full.lines}): at most 2.2x time (in-process read..validate)${cpu}`,
            ratio, 'x', 2.2);
    }
    const lsp = big?.lsp;
    if (lsp) {
        add('lsp-edit-p95', 'LSP, 1,000 files: edit-to-diagnostics p95 at most 100 ms (the edited file and every file that references it)',
            lsp.editDependantsP95Ms, 'ms', 100);
        add('lsp-edit-own-p95', 'LSP, 1,000 files: edit-to-diagnostics p95 of the edited file alone at most 100 ms', lsp.editOwnP95Ms, 'ms', 100);
        add('lsp-completion-p95', 'LSP, 1,000 files: completion p95 at most 50 ms', lsp.completionP95Ms, 'ms', 50);
        add('lsp-rss', 'LSP, 1,000 files: RSS at most 400 MB (after the build and after 500 edits)',
            Math.max(lsp.rssAfterBuildMb, lsp.rssAfterEditsMb), 'MB', 400);
        add('lsp-rss-growth', 'LSP, 1,000 files: RSS grows at most 10 % over 500 edits', lsp.rssGrowthPercent, '%', 10);
    }
    return targets;
}

function table(header, rows) {
    const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
    for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
    return lines.join('\n') + '\n';
}

export function printTables(results) {
    const entries = Object.entries(results.sizes);
    const m = results.machine;
    let out = `\nITSM benchmark — ${results.generatedAt}, commit ${results.commit}\n`;
    out += `${m.cpus} x ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}; load average ${m.loadAverage.join(' ')} before, ` +
        `${(m.loadAverageAfter ?? []).join(' ')} after\n\n`;
    out += 'CLI `itsm validate --format json` and the ajv schema-only baseline (medians; times in ms, memory in MB)\n\n';
    out += table(
        ['workspace', 'files', 'lines', 'CLI wall', 'CLI CPU', 'CLI peak RSS', 'read', 'parse', 'index', 'link', 'validate',
            'ajv wall', 'ajv CPU', 'ajv peak RSS', 'wall ratio', 'CPU ratio'],
        entries.map(([name, s]) => {
            const p = s.cli.phasesMs ?? {};
            return [name, s.files, s.lines, fmt(s.cli.wallMs), fmt(s.cli.cpuMs), fmt(s.cli.maxRssMb), fmt(p.read), fmt(p.parse), fmt(p.index),
                fmt(p.link), fmt(p.validate), fmt(s.baseline.wallMs), fmt(s.baseline.cpuMs), fmt(s.baseline.maxRssMb),
                `${fmt(s.ratio.wall, 2)}x`, `${fmt(s.ratio.cpu, 2)}x`];
        }));
    const lsp = entries.filter(([, s]) => s.lsp);
    if (lsp.length > 0) {
        out += '\nLanguage server over stdio (times in ms, memory in MB)\n\n';
        out += table(
            ['workspace', 'files', 'first diagnostics', 'edit: own p50', 'own p95', 'dependants', 'dependants p50', 'dependants p95',
                'all files p50', 'all files p95', 'completion p50', 'completion p95', 'RSS after build', 'RSS after edits', 'growth'],
            lsp.map(([name, s]) => {
                const l = s.lsp;
                return [name, l.files, fmt(l.firstDiagnosticsMs), fmt(l.editOwnP50Ms), fmt(l.editOwnP95Ms), l.dependantFiles,
                    fmt(l.editDependantsP50Ms), fmt(l.editDependantsP95Ms), fmt(l.editWorkspaceP50Ms), fmt(l.editWorkspaceP95Ms),
                    fmt(l.completionP50Ms), fmt(l.completionP95Ms),
                    fmt(l.rssAfterBuildMb), fmt(l.rssAfterEditsMb), `${fmt(l.rssGrowthPercent, 1)} % (${l.edits} edits)`];
            }));
    }
    if (results.targets.length > 0) {
        out += '\nTargets\n\n';
        out += table(['target', 'measured', 'limit', 'met'],
            results.targets.map(t => [t.target, `${fmt(t.value, t.unit === 'x' ? 2 : 0)} ${t.unit}`, `${t.limit} ${t.unit}`, t.met ? 'met' : 'NOT MET']));
    }
    return out;
}
