/** Runs the CLI in-process and captures what it prints. */
import { runCli } from '../../cli/run.js';

export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
}

export async function itsm(args: string[], cwd = process.cwd()): Promise<CliRun> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, {
        stdout: text => { stdout += text; },
        stderr: text => { stderr += text; },
        cwd,
        color: false,
    });
    return { code, stdout, stderr };
}
