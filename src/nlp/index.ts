export {processor, parseText, sentencesOf, type SentenceSpan} from './processor.js';
