/**
 * Scenario links: the whole scenario file, deflated and base64url-encoded, in the URL's hash
 * (#scenario=…), so a teacher can share a datacenter without a server. The hash never reaches a
 * server, and the browser's own CompressionStream does the work.
 */
import { TEXT_LIMITS, positionOfByte } from '../scenarios/size';

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

/**
 * Inflates a link's data, stopping as soon as it passes `limit` bytes: a small link can unpack
 * to far more than a scenario may hold. `whole` is false when it passed: `bytes` then holds at
 * least the first `limit`.
 */
async function inflateAtMost(
  packed: Uint8Array,
  limit: number,
): Promise<{ bytes: Uint8Array; whole: boolean }> {
  const reader = new Blob([packed as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    chunks.push(value);
    if (size > limit) {
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, whole: size <= limit };
}

/**
 * Base64 writes 3 bytes as 4 characters, and deflate adds at most 5 bytes per 64 KB block it
 * cannot shrink: a longer link cannot hold a file within the size limit, so it is not decoded.
 */
const LONGEST_LINK = Math.ceil(((TEXT_LIMITS.size * 1.001) / 3) * 4) + 64;

const DAMAGED = `This scenario link is damaged: the data after #${LINK_KEY}= does not unpack (it may have been cut short when it was copied).`;

/**
 * The scenario file's bytes in a link's hash (decoded by the same door as a file's), null when
 * there is none, or an error sentence.
 */
export async function decodeScenarioLink(
  hash: string,
): Promise<{ bytes: Uint8Array } | { error: string } | null> {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(LINK_KEY);
  if (value === null) return null;
  if (value.length > LONGEST_LINK) {
    return {
      error: `This scenario link is ${value.length.toLocaleString('en')} characters long after #${LINK_KEY}=, longer than any scenario VirtLab opens, so it was not opened.`,
    };
  }
  try {
    const { bytes, whole } = await inflateAtMost(fromBase64Url(value), TEXT_LIMITS.size);
    if (whole) return { bytes };
    const { line, column } = positionOfByte(bytes, TEXT_LIMITS.size);
    return {
      error: `Line ${line}, column ${column}: This scenario link unpacks to more than ${TEXT_LIMITS.size / 1_000_000} MB, more than a scenario file may be, and this is where the file it holds passes that, so it was not opened.`,
    };
  } catch {
    return { error: DAMAGED };
  }
}
