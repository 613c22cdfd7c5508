/**
 * The pipeline's version, importable without loading the stages (a worker's main thread and
 * `newsflow analyze` compare versions while the stages load on the analysis thread).
 */
import { pipelineVersion } from './stage-sources.js';

/** The pipeline's semver plus a hash over every stage's sources (./stage-sources.ts). */
export const PIPELINE_VERSION = pipelineVersion('0.3.0');
