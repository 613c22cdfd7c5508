/**
 * Queue names, job names and payload types: defined once, shared by producers and processors.
 * Payloads are validated with zod where a job is taken off a queue.
 */
import { z } from 'zod';
import type { AnalysisToStore } from '../db/repositories/facts.js';

export const QUEUES = { analyze: 'analyze', persist: 'persist' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const AnalyzePayloadSchema = z.object({
  articleId: z.number().int().positive(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Re-analyse even when the article was processed by this pipeline version. */
  force: z.boolean().optional(),
});

export const PersistPayloadSchema = AnalyzePayloadSchema.extend({
  /** The pure stage's output as storing reads it (`analysisToStore`); shape checked by the analyze stage that made it. */
  analysis: z.custom<AnalysisToStore>(
    (v) => {
      if (typeof v !== 'object' || v === null) return false;
      const a = v as Record<string, unknown>;
      // The fields persistAnalysis walks: a wrong shape must fail at once, not as a TypeError retried 5 times.
      const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
      return (
        typeof a.pipelineVersion === 'string' &&
        isObject(a.language) && Array.isArray(a.language.paragraphs) &&
        isObject(a.referenceDate) && isObject(a.stagesRead) &&
        ['mentions', 'numbers', 'events', 'provenance'].every((k) => Array.isArray(a[k]))
      );
    },
    'analysis must be an analysis to store (pipelineVersion, language with paragraphs, referenceDate, stagesRead, mentions/numbers/events/provenance arrays)',
  ),
});

export interface JobPayloads {
  analyze: z.infer<typeof AnalyzePayloadSchema>;
  persist: z.infer<typeof PersistPayloadSchema>;
}

export const PAYLOAD_SCHEMAS = {
  analyze: AnalyzePayloadSchema,
  persist: PersistPayloadSchema,
} as const satisfies { [Q in QueueName]: z.ZodType<JobPayloads[Q]> };

/** What a persist job did; defined by the storage layer that does it. */
export type { PersistResult } from '../db/repositories/facts.js';

/** Deterministic job ids: the same article is never queued twice while its job is kept. */
export const jobId = {
  analyze: (p: JobPayloads['analyze']) => `analyze-${p.contentHash}`,
  persist: (p: JobPayloads['persist']) => `persist-${p.contentHash}-${p.analysis.pipelineVersion}`,
} as const satisfies { [Q in QueueName]: (p: JobPayloads[Q]) => string };

/** Retries with exponential backoff for transient faults; bounded retention of finished jobs. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
