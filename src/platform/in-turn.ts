/**
 * A line of async tasks run one after another: each starts once the one before it has settled, so two
 * read-modify-write steps cannot interleave. A task that fails does not stop the ones after it.
 */
export function inTurn(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const next = last.then(task);
    last = next.catch(() => undefined);
    return next;
  };
}
