/**
 * A three-file workspace for the navigation tests: definitions in two
 * packages, reached by simple names, single imports, wildcard imports, a
 * package import (`shared.ad01`) and fully qualified names; local names
 * (states, priorities, attributes) used across files.
 */
export const navigationFiles: Record<string, string> = {
    'shared.itsm': `package acme.shared

team Infra
ci class Directory { attribute site: string }
ci class DomainController extends Directory
ci ad01: Directory {
  environment production
  owner Infra
  site "London"
}
`,
    'it.itsm': `package acme.it

import acme.shared.ad01
import acme.shared.*

team Messaging
ci dc01: DomainController { site "Leeds" }

service Email {
  kind business
  owner Messaging
  support Infra
  realized by ad01
  offering EmailStandard { audience "All staff" }
}

service Relay {
  realized by acme.shared.ad01, dc01
  depends on Email
}

priority matrix Standard {
  priorities P1, P2
  urgency high low
  impact high -> P1 P2
  impact low -> P2 P2
}

sla Gold {
  service Email
  priorities Standard
  P1 { response 15m }
  P2 { response 1h }
}

change workflow Normal {
  states {
    New initial
    Assess
    Done final
  }
  New -> Assess -> Done
  Assess -> New
  * -> Done
}
`,
    'ops.itsm': `package acme.ops

import acme.it.Email
import acme.it.Email.EmailStandard
import acme.it.Email.*
import acme.shared

service Portal {
  owner acme.it.Messaging
  depends on Email, acme.it.Email
  realized by shared.ad01
}
`,
};
