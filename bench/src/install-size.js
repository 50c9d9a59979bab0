'use strict';
// Install size of a package closure: the files of the named packages and of every package they depend on
// (transitively), as resolved on disk with node's lookup rules. Nested node_modules folders are not counted with
// their parent; they are counted when (and only if) resolution reaches them. Each package is counted once.

const fs = require('node:fs');
const path = require('node:path');

/**
 * Total size in bytes of the regular files under a folder, skipping node_modules folders.
 * @param {string} dir - folder to walk
 * @returns {number}
 */
function folderSize(dir) {
  let total = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') stack.push(path.join(current, entry.name));
      } else if (entry.isFile()) {
        total += fs.statSync(path.join(current, entry.name)).size;
      }
    }
  }
  return total;
}

/**
 * Finds an installed package the way require() would, starting from a folder.
 * @param {string} name - package name
 * @param {string} fromDir - folder to start the lookup in
 * @returns {string|undefined} the package folder (real path)
 */
function resolvePackageDir(name, fromDir) {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json');
    if (fs.existsSync(candidate)) return fs.realpathSync(path.dirname(candidate));
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Sums the closure of the given packages.
 * @param {string[]} names - root package names
 * @param {string} fromDir - folder whose node_modules they are resolved from
 * @returns {{ bytes: number, packages: number, missing: string[] }}
 */
function closureSize(names, fromDir) {
  const seen = new Set();
  const missing = [];
  let bytes = 0;
  const queue = names.map((name) => ({ name, from: fromDir, optional: false }));
  while (queue.length > 0) {
    const { name, from, optional } = queue.shift();
    const dir = resolvePackageDir(name, from);
    if (!dir) {
      if (!optional) missing.push(name);
      continue;
    }
    if (seen.has(dir)) continue;
    seen.add(dir);
    bytes += folderSize(dir);
    const pkg = readJson(path.join(dir, 'package.json'));
    for (const dep of Object.keys(pkg.dependencies || {})) queue.push({ name: dep, from: dir, optional: false });
    for (const dep of Object.keys(pkg.optionalDependencies || {})) queue.push({ name: dep, from: dir, optional: true });
    // npm installs peers too; count them when present.
    for (const dep of Object.keys(pkg.peerDependencies || {})) queue.push({ name: dep, from: dir, optional: true });
  }
  return { bytes, packages: seen.size, missing };
}

/**
 * Install size of the library as a user gets it: its package.json and dist/, plus its runtime and peer dependencies.
 * @param {string} repoRoot - repository root (holds package.json and dist/)
 */
function libraryInstallSize(repoRoot) {
  const pkg = readJson(path.join(repoRoot, 'package.json'));
  const own = fs.statSync(path.join(repoRoot, 'package.json')).size + folderSize(path.join(repoRoot, 'dist'));
  // Peers (the AWS SDK) are installed alongside by npm 7+, so a user gets them too.
  const deps = closureSize([...Object.keys(pkg.dependencies || {}), ...Object.keys(pkg.peerDependencies || {})], repoRoot);
  return { bytes: own + deps.bytes, packages: deps.packages + 1, missing: deps.missing };
}

/**
 * Installed version of a package, or undefined.
 * @param {string} name - package name
 * @param {string} fromDir - folder to resolve it from
 */
function installedVersion(name, fromDir) {
  const dir = resolvePackageDir(name, fromDir);
  return dir ? readJson(path.join(dir, 'package.json')).version : undefined;
}

module.exports = { folderSize, resolvePackageDir, closureSize, libraryInstallSize, installedVersion };
