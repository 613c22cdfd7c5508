import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../../pipeline/types.js';
import { PrefetchingAnalyzer, type AnalysisInput, type Analyzer } from '../../../workers/analyzer.js';

/** An analyzer that records what it was asked and answers with the text it read. */
class RecordingAnalyzer implements Analyzer {
  readonly asked: AnalysisInput[] = [];
  async analyze(input: AnalysisInput): Promise<ArticleAnalysis> {
    this.asked.push(input);
    if (input.text === 'bad') throw new Error('no letters');
    return { pipelineVersion: input.text } as ArticleAnalysis;
  }
  async close(): Promise<void> {}
}

describe('PrefetchingAnalyzer', () => {
  it('answers a prefetched input with the analysis it started, once; other inputs are analysed when asked', async () => {
    const inner = new RecordingAnalyzer();
    const analyzer = new PrefetchingAnalyzer(inner);
    const a = { text: 'A', publishedAt: null };
    analyzer.prefetch(a);
    analyzer.prefetch({ ...a }); // the same input twice starts one analysis
    expect(inner.asked).toEqual([a]);
    expect((await analyzer.analyze({ ...a })).pipelineVersion).toBe('A');
    expect(inner.asked).toHaveLength(1);
    // asked again, or with another date, it is analysed afresh
    await analyzer.analyze(a);
    await analyzer.analyze({ text: 'A', publishedAt: '2026-01-02T00:00:00.000Z' });
    expect(inner.asked).toHaveLength(3);
  });

  it('a prefetched analysis that fails fails for whoever asks for it, and nothing else', async () => {
    const inner = new RecordingAnalyzer();
    const analyzer = new PrefetchingAnalyzer(inner);
    analyzer.prefetch({ text: 'bad', publishedAt: null });
    analyzer.prefetch({ text: 'B', publishedAt: null });
    await expect(analyzer.analyze({ text: 'bad', publishedAt: null })).rejects.toThrow('no letters');
    expect((await analyzer.analyze({ text: 'B', publishedAt: null })).pipelineVersion).toBe('B');
  });
});
