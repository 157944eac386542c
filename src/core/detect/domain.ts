// Host and domain names as users and pages give them. Apart from registry.ts, whose built-in list is
// made when it is imported: the settings and policy parsers need these, the light control needs those
// parsers, and it should not carry the whole registry for them.

/**
 * Lower-case host name from a host, "host:port" or URL; trailing dots dropped; IDN as punycode
 * (the form `location.hostname` gives). Null when it is not a host name.
 */
export function normaliseHost(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let hostname: string;
  try {
    hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  hostname = hostname.toLowerCase().replace(/\.+$/, '');
  return hostname || null;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A registrable domain from what a user may type in settings ("https://www.Example.se/x",
 * "*.example.se", "example.se."): null when it is not a dotted host name (IP addresses included).
 */
export function normaliseDomain(input: string): string | null {
  const host = normaliseHost(input.trim().replace(/^\*\./, ''));
  if (!host) return null;
  const domain = host.replace(/^www\./, '');
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  if (/^\d+$/.test(labels[labels.length - 1]!)) return null;
  return domain;
}
