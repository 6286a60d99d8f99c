export {segment, isWrapContinuation, type Segment} from './segment.js';
