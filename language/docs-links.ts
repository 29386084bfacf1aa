/** Where each rule's documentation page is published (docs/rules/<code>.md in the repository). */
export const REPOSITORY_URL = 'https://github.com/itsm-dsl/itsm-language';

export function ruleDocsUrl(code: string): string {
    return `${REPOSITORY_URL}/blob/main/docs/rules/${code}.md`;
}
