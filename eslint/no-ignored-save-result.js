import { ESLintUtils } from '@typescript-eslint/utils'
import ts from 'typescript'

/**
 * A save can be refused (storage full, another tab saved first, a failure) and then nothing was
 * written. A call whose result is a SaveResult, awaited or not, must not be a bare statement: the
 * caller has to look at `ok` (or pass it to `ensureSaved`), or the screen will claim a save that did
 * not happen (ImportView once went on to the overview after a refused import).
 */
/**
 * A result the caller must look at: after awaiting and leaving out null/undefined, every part of it has
 * an `ok` property and one part says why not (`reason` or `error`): SaveResult and its kin.
 */
function isResult(type, checker) {
  const awaited = checker.getAwaitedType(type) ?? type
  const parts = (awaited.isUnion() ? awaited.types : [awaited]).filter((part) => !(part.flags & (NULLISH | VOID)))
  return parts.length > 0
    && parts.every((part) => part.getProperty('ok') !== undefined)
    && parts.some((part) => part.getProperty('reason') !== undefined || part.getProperty('error') !== undefined)
}
const NULLISH = ts.TypeFlags.Undefined | ts.TypeFlags.Null
const VOID = ts.TypeFlags.Void

/** Calls that exist to handle a result (ensureSaved throws when it says not saved). */
const HANDLERS = new Set(['ensureSaved'])

export default ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    messages: { ignored: 'This call returns a SaveResult that can say "not saved": handle `ok` (or use ensureSaved) instead of dropping it.' },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const services = ESLintUtils.getParserServices(context)
    const checker = services.program.getTypeChecker()
    return {
      ExpressionStatement(node) {
        let expression = node.expression
        if (expression.type === 'AwaitExpression') expression = expression.argument
        if (expression.type !== 'CallExpression') return
        if (expression.callee.type === 'Identifier' && HANDLERS.has(expression.callee.name)) return
        const type = services.getTypeAtLocation(expression)
        if (isResult(type, checker)) context.report({ node, messageId: 'ignored' })
      },
    }
  },
})
