// Prints the JSON form of every .tf file of a folder, parsed by HashiCorp's HCL parser
// (@cdktf/hcl2json, installed by the shared validators): {"relative/path.tf": {...}, ...}.
// Usage: node hcl2json-dump.js NODE_DIR MODULE_DIR
const fs = require('fs');
const path = require('path');
const [nodeDir, moduleDir] = process.argv.slice(2);
const hcl = require(path.join(nodeDir, 'node_modules', '@cdktf', 'hcl2json'));
function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '.terraform') walk(p, out);
    else if (e.isFile() && e.name.endsWith('.tf')) out.push(p);
  }
  return out;
}
(async () => {
  const result = {};
  for (const file of walk(moduleDir, []).sort()) {
    const rel = path.relative(moduleDir, file);
    try {
      result[rel] = await hcl.parse(file, fs.readFileSync(file, 'utf8'));
    } catch (e) {
      process.stderr.write(`${file}: ${e && e.message || e}\n`);
      process.exit(1);
    }
  }
  process.stdout.write(JSON.stringify(result));
})();
