/**
 * A service-account key file for the loopback Google fake: a fresh RSA key pair, the private half written as a
 * key file the CLI reads with --key-file, the public half for the fake to check the signed token with.
 */
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeServiceAccountKey(
  dir: string,
  { name = 'sa.json', email = 'ita@loopback-test.iam.gserviceaccount.com' } = {},
): { keyFile: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = join(dir, name);
  writeFileSync(
    keyFile,
    JSON.stringify({
      type: 'service_account',
      project_id: 'loopback-test',
      private_key_id: 'k1',
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      client_email: email,
      client_id: '1',
      // Never called: the client signs its own JWT against the fake. Pointing at loopback anyway, just in case.
      token_uri: 'http://127.0.0.1:9/token',
    }),
  );
  return { keyFile, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}
