/** `import data from './file?gzip-base64'`: the file gzipped and base64-encoded at build time (rollup.config.mjs). */
declare module '*?gzip-base64' {
  const data: string;
  export default data;
}
