// The readerable check ships as its own CommonJS file (module.exports = fn) so the always-on detector
// can import it without the whole Readability engine; the package only types its index.
declare module '@mozilla/readability/Readability-readerable.js' {
  function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
  export default isProbablyReaderable;
}
