import { defineRule } from '../../rule.js';
import { withArticle } from '../process/process-roles.js';

/** On the `fulfilment` reference, once it resolves to a workflow of another process. */
export const requestItemFulfilmentNotRequestWorkflow = defineRule({
    code: 'request-item-fulfilment-not-request-workflow',
    severity: 'error',
    category: 'catalogue',
    description: 'A request item\'s `fulfilment` names a change, release, incident or problem workflow instead of a request workflow.',
    checks: {
        RequestItem: (item, { report }) => {
            const workflow = item.fulfilment?.ref;
            if (!workflow || workflow.process === 'request') return;
            report({
                node: item,
                property: 'fulfilment',
                message: `request item ${item.name} is fulfilled by ${workflow.name}, ${withArticle(`${workflow.process} workflow`)}; ` +
                    `name a request workflow (\`request workflow <name> { … }\`)`,
                data: { item: item.name, workflow: workflow.name, process: workflow.process },
            });
        },
    },
});
