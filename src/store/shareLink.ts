/**
 * Scenario links: the whole scenario file, deflated and base64url-encoded, in the URL's hash
 * (#scenario=…), so a teacher can share a datacenter without a server. The hash never reaches a
 * server, and the browser's own CompressionStream does the work.
 */
export const LINK_KEY = 'scenario';

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function encodeScenarioLink(base: string, fileText: string): Promise<string> {
  const packed = await pipe(
    new TextEncoder().encode(fileText),
    new CompressionStream('deflate-raw'),
  );
  return `${base}#${LINK_KEY}=${toBase64Url(packed)}`;
}

/** The scenario file text in a link's hash, null when there is none, or an error sentence. */
export async function decodeScenarioLink(
  hash: string,
): Promise<{ text: string } | { error: string } | null> {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(LINK_KEY);
  if (value === null) return null;
  try {
    const bytes = await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'));
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      error: 'This scenario link is damaged (it may have been cut short when it was copied).',
    };
  }
}
