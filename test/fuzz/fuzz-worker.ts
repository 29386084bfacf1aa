/**
 * One worker of the fuzz campaign (bundled and started by run-fuzz.mjs): runs
 * the cases `start, start + step, …` below `end`, announcing each case before
 * it runs so that the runner's watchdog can name a case that hangs.
 */
import '../../language/polyfills.js';
import { parentPort, workerData } from 'node:worker_threads';
import { FuzzHarness } from './harness.js';
import { CaseGenerator, loadCorpus } from './mutators.js';
import { minimize } from './minimize.js';

interface Job { root: string; seed: number; start: number; end: number; step: number; minimize: boolean }

async function main(job: Job): Promise<void> {
    const harness = new FuzzHarness();
    const generator = new CaseGenerator(loadCorpus(job.root), harness.tokenize);
    for (let index = job.start; index < job.end; index += job.step) {
        const fuzzCase = generator.caseAt(job.seed, index);
        parentPort!.postMessage({ type: 'start', index, kind: fuzzCase.kind });
        const result = await harness.run(fuzzCase);
        let minimal: string | undefined;
        if (job.minimize && result.failures.some(f => f.check !== 'slow') && !fuzzCase.bytes) {
            const checks = new Set(result.failures.map(f => f.check));
            minimal = await minimize(fuzzCase.text, async text => {
                const again = await harness.run({ ...fuzzCase, text });
                return again.failures.some(f => checks.has(f.check) && f.check !== 'slow');
            });
        }
        const text = result.failures.length > 0 && !fuzzCase.big ? (fuzzCase.bytes ? Buffer.from(fuzzCase.bytes).toString('base64') : fuzzCase.text) : undefined;
        parentPort!.postMessage({ type: 'result', result, text, minimal });
    }
    harness.dispose();
    parentPort!.postMessage({ type: 'done' });
}

main(workerData as Job).catch(error => {
    parentPort!.postMessage({ type: 'fatal', message: error instanceof Error ? error.stack : String(error) });
});
