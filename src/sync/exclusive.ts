/**
 * One task at a time per name, across this page and the other tabs of the origin: the Web Locks API
 * where the browser has it, otherwise a queue in this page (older browsers; then two tabs are kept
 * apart only by the server's revision checks, as before).
 *
 * A sync round reads an organisation's sync state (conflicts, revisions in step), talks to the server
 * and writes the state back; the committee's choice in a conflict reads and writes the same state. Run
 * side by side, the round's write would put back a conflict the committee had just settled, so both
 * run through here under the organisation's name.
 */

const queues = new Map<string, Promise<unknown>>()

export function exclusively<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (locks) return locks.request(name, task) as Promise<T>
  const previous = queues.get(name) ?? Promise.resolve()
  const next = previous.then(task, task)
  const settled = next.then(() => undefined, () => undefined)
  queues.set(name, settled)
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name)
  })
  return next
}

/** The lock of an organisation's sync state. */
export function syncLockName(organizationId: string): string {
  return `ita-committee-sync:${organizationId}`
}
