import { Window } from 'happy-dom';

/**
 * A happy-dom window for running the pipeline outside a browser (the CLI, unit tests, benchmarks).
 *
 * happy-dom's `Node.prototype.nodeName` getter returns "" for elements (the real name comes from a getter
 * on a subclass). DOMPurify reads nodeName through that base getter to resist clobbering, so under
 * happy-dom it would sanitise nothing. Browsers dispatch the base getter to the node's real name; this
 * makes happy-dom do the same.
 */
export function createWindow(url: string): Window {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  fixNodeName(window);
  fixNodeIterator(window);
  return window;
}

function fixNodeName(window: Window) {
  const base = (window as unknown as { Node: { prototype: object } }).Node.prototype;
  const own = Object.getOwnPropertyDescriptor(base, 'nodeName');
  if (!own?.get || (own.get as { lyssnaFixed?: boolean }).lyssnaFixed) return;
  const baseGet = own.get;
  const get = function (this: object) {
    for (let p = Object.getPrototypeOf(this); p && p !== base; p = Object.getPrototypeOf(p)) {
      const derived = Object.getOwnPropertyDescriptor(p, 'nodeName');
      if (derived?.get) return derived.get.call(this) as string;
    }
    return baseGet.call(this) as string;
  };
  Object.assign(get, { lyssnaFixed: true });
  Object.defineProperty(base, 'nodeName', { ...own, get });
}

/**
 * happy-dom's NodeIterator is a TreeWalker underneath, without the DOM's "pre-removing steps": when the
 * node it stands on is removed, it walks on from the detached node and stops. DOMPurify removes the node
 * it stands on whenever it drops an element, so under happy-dom nothing after the first dropped element
 * was sanitised (an <img onerror> after a <script> kept its handler). This iterator goes on from where
 * the removed node was, as browsers do. It finds out late (at the next step) that its node went, so it
 * remembers the node before it; DOMPurify changes nothing before the node it stands on.
 */
function fixNodeIterator(window: Window) {
  // The prototype that has it: window.Document is a subclass, and window.document is not one of its instances.
  let proto: object | null = window.document as unknown as object;
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'createNodeIterator')) proto = Object.getPrototypeOf(proto);
  const own = (proto as Document | null)?.createNodeIterator as
    (Document['createNodeIterator'] & { lyssnaFixed?: boolean }) | undefined;
  if (!proto || !own || own.lyssnaFixed) return;
  const SHOW_ALL = 0xffffffff;
  const createNodeIterator = function (root: Node, whatToShow = SHOW_ALL, filter: NodeFilter | null = null) {
    // By parents, not root.contains(): happy-dom's answers false inside a template's content.
    const inRoot = (node: Node) => {
      for (let n: Node | null = node; n; n = n.parentNode) if (n === root) return true;
      return false;
    };
    // A template's children are its content's, in another tree (happy-dom's firstChild shows them anyway).
    const childless = (node: Node) =>
      node.nodeType === 1 && (node as Element).localName === 'template' && 'content' in node;
    const following = (node: Node): Node | null => {
      if (node.firstChild && !childless(node)) return node.firstChild;
      for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
      return null;
    };
    const preceding = (node: Node): Node | null => {
      if (node === root) return null;
      let n = node.previousSibling;
      if (!n) return node.parentNode;
      while (n.lastChild && !childless(n)) n = n.lastChild;
      return n;
    };
    const accepts = (node: Node) => {
      if (!((whatToShow >>> (node.nodeType - 1)) & 1)) return false;
      if (!filter) return true;
      const verdict = typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
      return verdict === 1; // NodeFilter.FILTER_ACCEPT
    };
    let reference: Node = root;
    let before = true;
    /** The node before `reference` when it was reached: where to go on from if `reference` is removed. */
    let trail: Node | null = null;
    const moveTo = (node: Node, pointerBefore: boolean) => {
      reference = node;
      before = pointerBefore;
      trail = preceding(node);
      return node;
    };
    const recover = () => {
      if (inRoot(reference)) return;
      reference = trail && inRoot(trail) ? trail : root;
      before = false;
      trail = preceding(reference);
    };
    return {
      root,
      whatToShow,
      filter,
      get referenceNode() {
        return reference;
      },
      get pointerBeforeReferenceNode() {
        return before;
      },
      nextNode(): Node | null {
        recover();
        let node: Node | null = reference;
        let stay = before;
        for (;;) {
          if (stay) stay = false;
          else if (!(node = following(node!))) return null;
          if (accepts(node!)) return moveTo(node!, false);
        }
      },
      previousNode(): Node | null {
        recover();
        let node: Node | null = reference;
        let stay = !before;
        for (;;) {
          if (stay) stay = false;
          else if (!(node = preceding(node!))) return null;
          if (accepts(node!)) return moveTo(node!, true);
        }
      },
      detach() {},
    } as unknown as NodeIterator;
  };
  Object.assign(createNodeIterator, { lyssnaFixed: true });
  Object.defineProperty(proto, 'createNodeIterator', { value: createNodeIterator, writable: true, configurable: true });
}
