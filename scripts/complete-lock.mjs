#!/usr/bin/env node
// Adds the lock-file entries that npm leaves out when the registry it reached does not
// serve another platform's optional binary (e.g. @rollup/rollup-darwin-arm64). Without
// them `npm ci` refuses the lock ("Missing: ... from lock file") although `npm install`
// succeeded. Each added entry is marked optional with the os/cpu/libc its name states, so
// npm ci skips it on other platforms exactly as it would with a complete lock.
//
//   node scripts/complete-lock.mjs        (after any `npm install` that changed the lock)
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 'riscv64', 's390x', 'loong64', 'mips64el', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((o) => parts.includes(o));
  const cpu = CPU.find((c) => parts.includes(c));
  const entry = {};
  if (os) entry.os = [os];
  if (cpu) entry.cpu = [cpu];
  if (parts.includes('musl')) entry.libc = ['musl'];
  else if (parts.includes('gnu') || parts.includes('gnueabihf')) entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    // resolve as node does: nested first, then up the tree
    const segments = path ? path.split('node_modules/').filter(Boolean) : [];
    let found = false;
    for (let i = segments.length; i >= 0 && !found; i--) {
      const prefix = segments.slice(0, i).map((s) => `node_modules/${s.replace(/\/$/, '')}/`).join('');
      if (lock.packages[`${prefix}node_modules/${dep}`]) found = true;
    }
    if (found) continue;
    const platform = platformOf(dep);
    if (!platform.os && !platform.cpu) continue; // not a platform binary: leave it to npm
    lock.packages[`node_modules/${dep}`] = {version, ...platform, optional: true};
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lock: added ${added} optional platform entries`);
