// Runs `langium generate` with the Node 20 polyfill chevrotain needs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// langium-cli exports no subpaths, so its bin is found by path.
const cli = fileURLToPath(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url));
const polyfill = fileURLToPath(new URL('./polyfill-groupby.mjs', import.meta.url));
const result = spawnSync(process.execPath, ['--import', polyfill, cli, 'generate'], { encoding: 'utf8' });

// Definitions use `( 'owner' owner=... | ... )*` so that properties come in any
// order; Langium warns that a repeated line overwrites the earlier one. The
// `duplicate-property` rule reports exactly that to the user, so the warning
// is expected here and only other output is shown.
const expected = /Found multiple assignments to '\w+' with the '\??=' assignment operator/;
for (const line of `${result.stdout}${result.stderr}`.split('\n')) {
  if (line.trim() && !expected.test(line)) console.log(line);
}
process.exit(result.status ?? 1);
