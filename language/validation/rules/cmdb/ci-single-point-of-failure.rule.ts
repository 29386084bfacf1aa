import { describeHostingPath, hostingModel, hostingPhrase, isHostingRelationship, type SinglePointOfFailure } from '../../../analysis/hosting.js';
import type { CiRelationship } from '../../../generated/ast.js';
import { defineRule } from '../../rule.js';

const RELATION_WORDS: Record<CiRelationship['kind'], string> = {
    runs: 'runs on', hosted: 'is hosted on', depends: 'depends on', connects: 'connects to', member: 'is a member of',
};

/** "runs on mx01, mx02" / "depends on any of (db1, db2)" */
function declaration(spof: SinglePointOfFailure): string {
    const { relationships, members } = spof.group;
    const names = members.map(m => m.name).join(', ');
    if (relationships.length === 1 && relationships[0].redundant) return `${RELATION_WORDS[relationships[0].kind]} any of (${names})`;
    const kinds = [...new Set(relationships.filter(isHostingRelationship).map(r => hostingPhrase(r.kind)))];
    return `${kinds.join(' / ')} ${names}`;
}

function because(spof: SinglePointOfFailure): string {
    return spof.group.members.map((member, i) => {
        const path = spof.paths[i];
        return path.length === 0 ? `${member.name} is the shared host itself` : describeHostingPath(path);
    }).join('; ');
}

/** Runs on the CI that declares the redundancy; the finding is on the (first) relationship declaring it. */
export const ciSinglePointOfFailure = defineRule({
    code: 'ci-single-point-of-failure',
    severity: 'warning',
    category: 'cmdb',
    description: 'A configuration item declared redundant has redundant members that all end up on one shared host.',
    checks: {
        ConfigurationItem: (ci, { report, services }) => {
            if (ci.status === 'decommissioned') return;
            for (const spof of hostingModel(services).singlePointsOfFailure(ci)) {
                const all = spof.group.members.length === 2 ? 'both' : `all ${spof.group.members.length}`;
                report({
                    node: spof.group.relationships[0],
                    message: `${ci.name} ${declaration(spof)} for redundancy, but ${all} end up on ${spof.host.name} ` +
                        `(${because(spof)}): ${spof.host.name} is a single point of failure`,
                    data: {
                        ci: ci.name,
                        members: spof.group.members.map(m => m.name),
                        host: spof.host.name,
                        sharedHosts: spof.sharedHosts.map(h => h.name),
                    },
                });
            }
        },
    },
});
