/**
 * A pipeline is a list of named stages, each declaring the document fields it reads and
 * writes. `compose` checks once, when the pipeline is built, that every stage's requirements
 * are provided by the input or an earlier stage (as stanza checks its processors), then runs
 * the stages in order, threading the document through and yielding to pending I/O between them.
 */
import type { Provenance } from './types.js';

export interface Stage<Doc, Ctx, R extends keyof Doc, P extends keyof Doc> {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly R[];
  readonly provides: readonly P[];
  run(doc: Pick<Doc, R>, ctx: Ctx): Pick<Doc, P> | Promise<Pick<Doc, P>>;
}

/** A stage of any fields: pipelines hold heterogeneous stages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage<Doc, Ctx> = Stage<Doc, Ctx, any, any>;

export class StageRequirementsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export interface ComposedPipeline<Doc, Ctx, In extends keyof Doc> {
  readonly stages: readonly { name: string; version: string }[];
  /** Runs every stage; `stageMs` holds each stage's wall time in milliseconds. */
  run(input: Pick<Doc, In>, ctx: Ctx): Promise<Doc & { provenance: Provenance[]; stageMs: Record<string, number> }>;
}

export function compose<Doc, Ctx, In extends keyof Doc>(
  inputs: readonly In[],
  stages: readonly AnyStage<Doc, Ctx>[],
): ComposedPipeline<Doc, Ctx, In> {
  const provided = new Set<keyof Doc>(inputs);
  for (const stage of stages) {
    const missing = stage.requires.filter((field: keyof Doc) => !provided.has(field));
    if (missing.length) {
      throw new StageRequirementsError(
        `stage "${stage.name}" requires ${missing.map(String).join(', ')}, which no earlier stage provides`,
      );
    }
    for (const field of stage.provides) provided.add(field);
  }
  return {
    stages: stages.map(({ name, version }) => ({ name, version })),
    async run(input, ctx) {
      const doc: Record<string, unknown> = { ...input };
      const provenance: Provenance[] = [];
      const stageMs: Record<string, number> = {};
      for (const stage of stages) {
        // Between stages, let pending I/O run: a worker process also persists other articles,
        // and each of their database round trips would otherwise wait for a whole analysis.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const t0 = performance.now();
        Object.assign(doc, await stage.run(doc as never, ctx));
        stageMs[stage.name] = performance.now() - t0;
        provenance.push({ stage: stage.name, version: stage.version });
      }
      return { ...(doc as Doc), provenance, stageMs };
    },
  };
}
