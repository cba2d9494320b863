/**
 * Answer ids: 12 random bytes as base64url (16 characters, unguessable). The bytes are drawn from the CSPRNG
 * in batches: a randomBytes call per answer cost more than the rest of remembering it (a syscall and
 * OpenSSL's per-call work), and Node's own randomUUID pools the same way. Each byte is used once.
 */
import { randomBytes } from 'node:crypto';

const ID_BYTES = 12;
const IDS_PER_BATCH = 256;

let pool = Buffer.alloc(0);
let offset = 0;

export function newAnswerId(): string {
  if (offset >= pool.length) {
    pool = randomBytes(ID_BYTES * IDS_PER_BATCH);
    offset = 0;
  }
  const id = pool.toString('base64url', offset, offset + ID_BYTES);
  offset += ID_BYTES;
  return id;
}
