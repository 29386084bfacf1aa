/**
 * `itsm init [folder]`: a starter itsm.config.json (pointing editors at the
 * schema shipped with this CLI) and an example catalogue that validates
 * clean. Existing files are never overwritten unless --force.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME } from '../language/config/config-schema.js';
import { writeFileAtomic } from './atomic-write.js';
import { CliError } from './exit-codes.js';
import { toDisplayPath } from './input-files.js';

const EXAMPLE = `// A starting point: one service, the team behind it, and its SLA.
// Run \`itsm validate\` after each change; see docs/language.md for every construct.

package example

calendar OfficeHours {
  timezone "Europe/London"
  mon..fri 09:00-17:00
}

team ServiceDesk {
  email "servicedesk@example.com"
  hours OfficeHours
}

priority matrix Default {
  priorities P1 "Critical", P2 "High", P3 "Normal"
  urgency          high  low
  impact high   -> P1    P2
  impact low    -> P2    P3
}

service Intranet {
  kind business
  status live
  owner ServiceDesk
  support ServiceDesk
  description "The staff intranet"

  offering IntranetAccess {
    audience "All staff"
    sla IntranetSla
  }
}

sla IntranetSla {
  service Intranet
  priorities Default
  hours OfficeHours
  availability 99.5% per month
  P1 { response 30m  resolve 4h }
  P2 { response 2h   resolve 1d }
  P3 { response 1d   resolve 5d }
}
`;

function schemaFile(): string {
    // Bundled: out/cli.cjs; from source: cli/init.ts. Both sit one folder below the package root.
    return fileURLToPath(new URL('../schemas/itsm.config.schema.json', import.meta.url));
}

export async function initCommand(folder: string, force: boolean, cwd: string): Promise<string[]> {
    const target = path.resolve(cwd, folder);
    const configPath = path.join(target, CONFIG_FILE_NAME);
    const examplePath = path.join(target, 'services.itsm');
    const existing = [configPath, examplePath].filter(file => existsSync(file));
    if (existing.length > 0 && !force) {
        throw new CliError(`${existing.map(f => `'${toDisplayPath(f, cwd)}'`).join(' and ')} already exist${existing.length === 1 ? 's' : ''}; use --force to overwrite`);
    }
    const schema = path.relative(target, schemaFile()).split(path.sep).join('/');
    const config = {
        $schema: schema.startsWith('.') ? schema : `./${schema}`,
        rules: {},
        exclude: ['node_modules'],
    };
    await writeFileAtomic(configPath, JSON.stringify(config, null, 2) + '\n', toDisplayPath(configPath, cwd));
    await writeFileAtomic(examplePath, EXAMPLE, toDisplayPath(examplePath, cwd));
    return [configPath, examplePath].map(file => toDisplayPath(file, cwd));
}
