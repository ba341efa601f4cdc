// Verifies a NAMC certificate offline with Node's standard library (Node 16+).
//
//   node verify-certificate.mjs certificate.json association-key.pem
//
// certificate.json holds the certificate's fields as the portal shows them:
//   {"format": 2, "number": "NAMC-2026-000042", "member": "<uuid>", "name": "Ana López",
//    "course": "<uuid>", "title": "Site Safety", "completed": "2026-04-10", "score": "87.50",
//    "issued": "2026-04-10T18:30:00Z", "expires": null, "signature": "<base64>"}
// Prints "valid" and exits 0, or prints "INVALID" and exits 1.
import { readFileSync } from 'node:fs';
import { createPublicKey, verify } from 'node:crypto';

const hex = (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');

// Format 2: RFC 3986 percent-encoding; encodeURIComponent leaves ! ' ( ) * unencoded, RFC 3986 does not.
// Format 1: Java's form encoding (space as +, * kept, ~ encoded).
const encoders = {
  1: (v) => encodeURIComponent(v).replace(/[!'()~]/g, hex).replace(/%20/g, '+'),
  2: (v) => encodeURIComponent(v).replace(/[!'()*]/g, hex),
};

export function canonicalText(c) {
  const encode = encoders[c.format];
  if (!encode) throw new Error(`unknown certificate format ${c.format}`);
  const keys = ['number', 'member', 'name', 'course', 'title', 'completed', 'score', 'issued', 'expires'];
  return `namc-certificate/${c.format}\n`
    + keys.map((k) => `${k}=${c[k] == null ? '-' : encode(String(c[k]))}\n`).join('');
}

const [certificateFile, keyFile] = process.argv.slice(2);
const certificate = JSON.parse(readFileSync(certificateFile, 'utf8'));
const key = createPublicKey(readFileSync(keyFile, 'utf8'));
const ok = verify(null, Buffer.from(canonicalText(certificate), 'utf8'), key,
  Buffer.from(certificate.signature, 'base64'));
console.log(ok ? 'valid' : 'INVALID');
process.exit(ok ? 0 : 1);
