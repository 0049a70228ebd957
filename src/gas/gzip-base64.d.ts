/**
 * `import data from './file.json?tis620-gzip-base64'`: the JSON as single bytes (Thai in TIS-620), gzipped and
 * base64-encoded at build time (rollup.config.mjs); src/gas/seed-example.ts reads it back.
 */
declare module '*?tis620-gzip-base64' {
  const data: string;
  export default data;
}
