#!/usr/bin/env node
import {createRequire} from 'node:module';
import {run} from './cli/program.js';

const require = createRequire(import.meta.url);
const {version} = require('../package.json') as {version: string};
process.exitCode = run(process.argv.slice(2), version);
