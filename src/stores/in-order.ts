/**
 * A queue that runs a store's reads and saves one after another, in the order they were asked for,
 * whatever each one's outcome: a fast second change is never saved before the first, and a reload
 * never lands in the middle of a save. Returns the function that queues a task.
 */
export function inOrder(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = last.then(task)
    last = next.catch(() => undefined)
    return next
  }
}
