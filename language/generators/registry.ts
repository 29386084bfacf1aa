/** Every generator target, by name. A new target is one file in targets/ and one line here. */
import type { GeneratorTarget } from './target.js';
import { backstageTarget } from './targets/backstage.target.js';
import { cherwellTarget } from './targets/cherwell.target.js';
import { jsonTarget } from './targets/json.target.js';
import { jsmAssetsTarget } from './targets/jsm-assets.target.js';
import { opensloTarget } from './targets/openslo.target.js';
import { serviceNowTarget } from './targets/servicenow.target.js';

export const TARGETS: readonly GeneratorTarget[] = [
    jsonTarget,
    backstageTarget,
    opensloTarget,
    jsmAssetsTarget,
    serviceNowTarget,
    cherwellTarget,
];

export function findTarget(name: string): GeneratorTarget | undefined {
    return TARGETS.find(target => target.name === name);
}
