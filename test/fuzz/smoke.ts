/**
 * The CI smoke of the fuzz campaign: a fixed seed and a few thousand cases,
 * split in two test files (smoke-0/smoke-1.test.ts) so that vitest runs them
 * on two cores. Asserts no crash, no broken formatter invariant, no UTF-8
 * reader failure, and no hang (a case over SMOKE_HANG_MS; the 2 s budget
 * itself is enforced by the campaign, where timings are not shared with the
 * rest of the test suite).
 */
import * as path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FuzzHarness, type CaseResult } from './harness.js';
import { CaseGenerator, loadCorpus } from './mutators.js';

export const SMOKE_SEED = 20_240_601;
export const SMOKE_CASES = Number(process.env.FUZZ_SMOKE_CASES ?? 3000);
export const SMOKE_SHARDS = 2;
const SMOKE_HANG_MS = Number(process.env.FUZZ_SMOKE_HANG_MS ?? 10_000);

export function smokeShard(shard: number): void {
    const harness = new FuzzHarness();
    afterAll(() => harness.dispose());

    it(`runs cases ${shard}, ${shard + SMOKE_SHARDS}, … below ${SMOKE_CASES} (seed ${SMOKE_SEED}) without a crash or a hang`, async () => {
        const generator = new CaseGenerator(loadCorpus(path.resolve(__dirname, '../..')), harness.tokenize);
        const problems: string[] = [];
        let slowest: CaseResult | undefined;
        for (let index = shard; index < SMOKE_CASES; index += SMOKE_SHARDS) {
            const result = await harness.run(generator.caseAt(SMOKE_SEED, index));
            if (!slowest || result.ms > slowest.ms) slowest = result;
            for (const failure of result.failures) {
                if (failure.check === 'slow' && result.ms <= SMOKE_HANG_MS) continue;
                problems.push(`case ${index} ${result.kind}: ${failure.check === 'slow' ? 'hang' : failure.check}: ${failure.message}\n${failure.stack ?? ''}`);
            }
        }
        console.log(`fuzz smoke shard ${shard}: slowest case #${slowest?.index} ${slowest?.kind} ${slowest?.ms} ms`);
        expect(problems, `replay one with FUZZ_ONLY=<index> FUZZ_SEED=${SMOKE_SEED} node test/fuzz/run-fuzz.mjs`).toEqual([]);
    }, 300_000);
}
