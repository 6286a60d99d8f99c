'use strict';
/*
 * The file the parse pool hands to piscina (copied to dist/parse-worker.cjs by the build).
 * piscina loads a worker file with require() first; on Node 20.19+ require() of an ES module
 * (dist/parse-worker.js) goes through require(esm), which under load can abort the worker
 * thread with "FATAL ERROR: v8::Module::IsGraphAsync ... must be used on an instantiated
 * module". This CommonJS file is required the plain way and loads the ES module with
 * import(), once per thread.
 */
let worker;
module.exports = async function parseWorker(message) {
  worker ??= loadWorker();
  return (await worker)(message);
};

async function loadWorker() {
  const {join} = await import('node:path');
  const {pathToFileURL} = await import('node:url');
  const entry = await import(pathToFileURL(join(__dirname, 'parse-worker.js')).href);
  return entry.default;
}
