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
