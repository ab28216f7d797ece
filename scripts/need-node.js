// Run before every npm script: on a Node too old for the TypeScript scripts, one line saying what
// is needed and how to get it, instead of "bad option: --experimental-strip-types".
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Event Atlas needs Node 22.12 or newer (this is ${process.versions.node}): install Node 24 LTS (\`nvm install\` reads .nvmrc, or https://nodejs.org).`,
  );
  process.exit(1);
}
