/**
 * Decodes an HTML file the way a browser would: BOM first, then the HTTP header's charset, then the
 * charset the page declares in its first bytes, else UTF-8. Older kommun sites still serve
 * windows-1252 / ISO-8859-1, which would otherwise turn "Umeå" into "UmeÃ¥".
 */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const label = headerCharset || declaredCharset(bytes);
  return new TextDecoder(decoderFor(label)).decode(bytes);
}

export function declaredCharset(bytes: Uint8Array): string | null {
  // The declaration must come early; decode the head as Latin-1 so no byte can break the search.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (meta?.[1]) return meta[1];
  const xml = /^<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return xml?.[1] ?? null;
}

function decoderFor(label: string | null): string {
  if (!label) return 'utf-8';
  try {
    return new TextDecoder(label.toLowerCase()).encoding;
  } catch {
    return 'utf-8';
  }
}

export function charsetFromContentType(contentType: string | null): string | null {
  return /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}
