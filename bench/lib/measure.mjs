// Measuring child processes: wall time, CPU time and peak RSS. Uses
// `/usr/bin/time -v` when it exists; otherwise polls /proc/<pid>/status for
// VmHWM (Linux) and reports no CPU time.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);

/** Fields of /proc/<pid>/status in kB (VmRSS, VmHWM), or undefined when the process is gone. */
export function procStatus(pid) {
    try {
        const text = readFileSync(`/proc/${pid}/status`, 'utf8');
        const field = name => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1]);
        return { rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
    } catch {
        return undefined;
    }
}

function parseGnuTime(text) {
    const value = label => new RegExp(`${label}:\\s*([\\d.:]+)`).exec(text)?.[1];
    return {
        userS: Number(value('User time \\(seconds\\)')),
        systemS: Number(value('System time \\(seconds\\)')),
        maxRssKb: Number(value('Maximum resident set size \\(kbytes\\)')),
    };
}

/**
 * Runs `node <args>` to completion.
 * @returns {Promise<{ code: number, stdout: string, stderr: string, wallMs: number, cpuMs?: number, maxRssMb: number }>}
 */
export function measureNode(args, { env = {}, cwd } = {}) {
    const scratch = hasGnuTime ? mkdtempSync(path.join(tmpdir(), 'itsm-bench-time-')) : undefined;
    const timeFile = scratch && path.join(scratch, 'time.txt');
    const [command, commandArgs] = hasGnuTime
        ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...args]]
        : [process.execPath, args];
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(command, commandArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let peakKb = 0;
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        const poll = hasGnuTime ? undefined : setInterval(() => {
            peakKb = Math.max(peakKb, procStatus(child.pid)?.hwmKb ?? 0);
        }, 10);
        child.on('error', reject);
        child.on('close', code => {
            const wallMs = performance.now() - started;
            if (poll) clearInterval(poll);
            let figures = { maxRssKb: peakKb };
            if (timeFile) {
                figures = parseGnuTime(readFileSync(timeFile, 'utf8'));
                rmSync(scratch, { recursive: true, force: true });
            }
            const cpuMs = figures.userS !== undefined && !Number.isNaN(figures.userS) ? (figures.userS + figures.systemS) * 1000 : undefined;
            resolve({ code, stdout, stderr, wallMs, cpuMs, maxRssMb: figures.maxRssKb / 1024 });
        });
    });
}

export function percentile(values, p) {
    if (values.length === 0) return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return sorted[rank];
}

export const median = values => percentile(values, 50);

/** The machine the figures were measured on, and how busy it was. */
export async function machineInfo() {
    const os = await import('node:os');
    const cpus = os.cpus();
    return {
        cpus: cpus.length, cpuModel: cpus[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg().map(v => Math.round(v * 100) / 100),
        gnuTime: hasGnuTime,
    };
}
