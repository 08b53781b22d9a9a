import type { Rule } from 'eslint'

/** The rule, typed for its tests (test/unit/lint/). */
declare const rule: Rule.RuleModule
export default rule
