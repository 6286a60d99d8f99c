export {inspectText, type InspectRecord} from './record.js';
export {renderPage, claimTip, ROLE_COLORS} from './template.js';
export {speakerMention} from './speakers.js';
export {renderMarked, escapeHtml, type Mark} from './annotate.js';
