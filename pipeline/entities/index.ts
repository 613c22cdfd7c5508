/**
 * The entities stage: one merged, flat mention list per text from the NER model's spans, the
 * gazetteers and (English) compromise. See ./merge.ts for the rules.
 */
export { ENTITIES_STAGE, ENTITIES_VERSION, extractMentions, mergeMentions, type MergeInput, type NerSpanLike } from './merge.js';
export { CONVENTIONS, MERGE_OVERRIDES, OVERRIDES, overridesFor, type Override } from './overrides.js';
export { findGazetteerMentions, lookupName, type GazetteerHit } from './gazetteer.js';
export { compromiseMentions, type CompromiseMention } from './compromise.js';
