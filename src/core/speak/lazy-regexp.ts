/**
 * A pattern built the first time it is needed. Building a Unicode-aware pattern (\p{L} and the like)
 * is costly, and the spoken-form rule families hold hundreds of them: built when the player loads they
 * cost about 60 ms before the first word could be spoken (issue 14), though a page needs few of them.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
