// `?module-worker` imports (scripts/module-worker-chunks.ts): the URL of a module worker script.
declare module '*?module-worker' {
  const url: string;
  export default url;
}
