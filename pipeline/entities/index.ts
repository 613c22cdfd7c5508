/**
 * The entities stage: one merged, flat mention list per text from the NER model's spans, the
 * gazetteers and (English) compromise. See ./merge.ts for the rules.
 */
export { CONVENTIONS, ENTITIES_STAGE, ENTITIES_VERSION, extractMentions, MERGE_OVERRIDES, mergeMentions, OVERRIDES, type MergeInput, type NerSpanLike, type Override } from './merge.js';
export { findGazetteerMentions, lookupName, type GazetteerHit } from './gazetteer.js';
export { compromiseMentions, type CompromiseMention } from './compromise.js';
