#!/usr/bin/env node
import {createRequire} from 'node:module';
import {nodeIO, run} from './cli/program.js';

const require = createRequire(import.meta.url);
const {version} = require('../package.json') as {version: string};
void run(process.argv.slice(2), version, nodeIO()).then((code) => {
  process.exitCode = code;
});
