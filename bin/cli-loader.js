// Loads the bundled `cchc` (dist/cli) with V8's code cache, made by `npm run build:cli`
// (bin/code-cache.js): a new process then skips compiling the code it runs, a tenth of a second
// of every command. A cache is used only for the exact source it was made from (its SHA-256
// heads the file); a missing, stale or refused cache (another Node version) only costs that time.
const crypto = require('crypto');
const fs = require('fs');
const Module = require('module');
const path = require('path');
const vm = require('vm');

const DIR = path.join(__dirname, '..', 'dist', 'cli');

/** Loads dist/cli/cchc.js; `produce` compiles without the cache, and `saveCaches` then writes it. */
function loadCli({ produce = false } = {}) {
  quietBufferWarning();
  const scripts = [];
  const plain = Module._extensions['.js'];
  Module._extensions['.js'] = function (module, filename) {
    if (path.dirname(filename) !== DIR) return plain(module, filename);
    const source = fs.readFileSync(filename, 'utf8');
    const hash = crypto.createHash('sha256').update(source).digest();
    const cachedData = produce ? undefined : cacheFor(filename, hash);
    const script = new vm.Script(Module.wrap(source), { filename, cachedData });
    scripts.push({ filename, hash, script });
    const wrapper = script.runInThisContext();
    wrapper.call(module.exports, module.exports, Module.createRequire(filename), module, filename, DIR);
  };
  const cli = require(path.join(DIR, 'cchc.js'));
  const saveCaches = () => {
    for (const { filename, hash, script } of scripts)
      fs.writeFileSync(`${filename}.cache`, Buffer.concat([hash, script.createCachedData()]));
  };
  return { cli, saveCaches };
}

function cacheFor(filename, hash) {
  try {
    const data = fs.readFileSync(`${filename}.cache`);
    return data.subarray(0, hash.length).equals(hash) ? data.subarray(hash.length) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Node warns of `Buffer()` (DEP0005) only for code outside node_modules; bundled, exceljs's
 * dependencies are outside it, and a user would see a warning meant for their authors.
 */
function quietBufferWarning() {
  const emitWarning = process.emitWarning;
  process.emitWarning = function (warning, ...rest) {
    const code = typeof rest[0] === 'object' ? rest[0]?.code : rest[1];
    if (code === 'DEP0005') return;
    return emitWarning.call(process, warning, ...rest);
  };
}

module.exports = { loadCli };
