/** Entry of the `itsm` binary (bundled to out/cli.cjs). */
import '../language/polyfills.js';
import { runCli } from './run.js';

runCli(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    progress: Boolean(process.stderr.isTTY),
}).then(code => {
    process.exitCode = code;
}, error => {
    process.stderr.write(`itsm: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
});
