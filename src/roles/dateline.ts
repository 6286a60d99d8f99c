import {isDateLine} from '../readers/byline-readings.js';
import {readWireDateline} from '../readers/wire-dateline.js';
import type {Detector} from './types.js';

/**
 * A block that is only a date ("August 14, 2025", "Published 14 Aug 2025 09:12 GMT",
 * "Dec. 13, 2016, 12:31 PM UTC / Updated ..."), found with chrono-node, or a wire dateline
 * on a line of its own ("WASHINGTON —").
 */
export const datelineDetector: Detector = {
  name: 'dateline',
  propose(block, ctx) {
    if (block.chars > 120) return null;
    if (isDateLine(block.text, ctx.language ?? null)) {
      return {role: 'dateline', score: 0.8, reason: 'a date on its own', detector: 'dateline'};
    }
    const wire = readWireDateline(`${block.text} x`);
    if (wire && wire.end >= block.text.length) {
      return {role: 'dateline', score: 0.8, reason: 'a wire dateline on its own', detector: 'dateline'};
    }
    return null;
  },
};
