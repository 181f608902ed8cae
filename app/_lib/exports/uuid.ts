/**
 * RFC 9562 (formerly 4122) name-based UUID version 5, with node:crypto's SHA-1: the same
 * name in the same namespace always gives the same UUID, so rebuilt STIX bundles keep their
 * ids and are byte-identical.
 */
import { createHash } from 'node:crypto';

/**
 * Namespace of every STIX id this site mints (generated once with crypto.randomUUID() on
 * 2026-05 for this project; never change it, or every published STIX id changes).
 */
export const KB_STIX_NAMESPACE = 'efdd6203-83d9-4418-a92a-bd83bd155b4d';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidv5(name: string, namespace: string = KB_STIX_NAMESPACE): string {
  if (!UUID.test(namespace)) throw new Error(`uuidv5: namespace "${namespace}" is not a UUID`);
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50; // version 5
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC variant
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
