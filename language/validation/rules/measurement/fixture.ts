/** A small catalogue KPI specs measure against: Email with its SLA Gold (P1 has both times, P2 only a response). */
export const AGREEMENTS = [
    'team Desk {}',
    'priority matrix M { priorities P1 "Critical", P2 "High", P3 "Low" urgency high impact high -> P1 }',
    'service Email { status live }',
    'service Chat { status live }',
    'service Fax { status retired }',
    'sla Gold { service Email priorities M availability 99.9% per month P1 { response 15m resolve 4h } P2 { response 1h } }',
    'sla Plain { service Chat priorities M P1 { response 1h resolve 8h } }',
    'sla FaxSla { service Fax priorities M availability 99% per month P1 { response 1h resolve 1d } }',
    'change workflow Normal { type normal states { New initial Done final } New -> Done }',
].join('\n') + '\n';
