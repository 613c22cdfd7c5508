"""Step 1: splits, gold files for the held-aside slices, word2vec pretraining, vocabularies.

Outputs (models/training/.work/): data.pkl (train/eval sentences), gold/*.conll, w2v.npy,
vocab.json, chars.json. Idempotent: skips work whose output exists.
"""
import collections
import gzip
import json
import os
import pickle
import sys
import time

import numpy as np

from common import (EVAL_SETS, SOURCES, WORK, DATA, load_source, save_json, tokenize, word_chars,
                    word_key, write_conll)

W2V_DIM = 100
MAX_VOCAB = 160_000
MIN_CHAR_FREQ = 5


def unlabeled_corpus():
    """Token sequences for word2vec: every NER file's tokens (labels unused) plus the news text."""
    corpus = [[t for t, _ in s] for name in SOURCES for s in load_source(name)["all"]]
    with gzip.open(os.path.join(DATA, "news", "bench.jsonl.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            for para in (obj.get("title", ""), obj.get("text", "")):
                toks = tokenize(para)
                for i in range(0, len(toks), 60):
                    corpus.append(toks[i:i + 60])
    print(f"word2vec corpus: {len(corpus)} sequences", flush=True)
    return corpus


def main():
    os.makedirs(os.path.join(WORK, "gold"), exist_ok=True)
    t0 = time.time()
    data_path = os.path.join(WORK, "data.pkl")
    if not os.path.exists(data_path):
        train, evals = {}, {}
        loaded = {name: load_source(name) for name in SOURCES}
        for name, parts in loaded.items():
            if parts["train"]:
                train[name] = parts["train"]
        for ename, src, part in EVAL_SETS:
            evals[ename] = loaded[src][part]
            write_conll(os.path.join(WORK, "gold", ename + ".conll"), evals[ename])
        with open(data_path + ".tmp", "wb") as fh:
            pickle.dump({"train": train, "eval": evals, "sources": SOURCES}, fh)
        os.replace(data_path + ".tmp", data_path)
        print(f"data: {sum(map(len, train.values()))} train sentences in {len(train)} sets "
              f"({time.time() - t0:.0f}s)", flush=True)
    with open(data_path, "rb") as fh:
        data = pickle.load(fh)

    vocab_path = os.path.join(WORK, "vocab.json")
    if not os.path.exists(vocab_path):
        corpus = unlabeled_corpus()
        keyed = [[word_key(t) for t in s] for s in corpus]
        from gensim.models import Word2Vec
        t1 = time.time()
        w2v = Word2Vec(sentences=keyed, vector_size=W2V_DIM, window=5, min_count=2, sg=1, negative=5,
                       workers=2, epochs=4, seed=1, max_vocab_size=None)
        print(f"word2vec: {len(w2v.wv)} words in {time.time() - t1:.0f}s", flush=True)
        # vocabulary: training-set words first (so they are never cut), then by corpus frequency
        train_counts = collections.Counter(word_key(t) for sents in data["train"].values()
                                           for s in sents for t, _ in s)
        corpus_counts = collections.Counter(w for s in keyed for w in s)
        words = [w for w, c in train_counts.most_common() if c >= 2 or w in w2v.wv]
        seen = set(words)
        for w, _ in corpus_counts.most_common():
            if len(words) >= MAX_VOCAB - 2:
                break
            if w not in seen and w in w2v.wv:
                words.append(w)
                seen.add(w)
        words = words[:MAX_VOCAB - 2]
        itos = ["<pad>", "<unk>"] + words
        rng = np.random.default_rng(1)
        emb = np.zeros((len(itos), W2V_DIM), dtype=np.float32)
        found = 0
        for i, w in enumerate(itos[2:], 2):
            if w in w2v.wv:
                emb[i] = w2v.wv[w]
                found += 1
            else:
                emb[i] = rng.normal(0, 0.1, W2V_DIM)
        emb[2:] /= (np.std(emb[2:]) + 1e-6) * 10  # scale to std 0.1
        np.save(os.path.join(WORK, "w2v.npy"), emb)
        char_counts = collections.Counter(c for s in corpus for t in s for c in word_chars(t))
        chars = ["<pad>", "<unk>"] + sorted(c for c, n in char_counts.items() if n >= MIN_CHAR_FREQ)
        save_json(os.path.join(WORK, "chars.json"), chars)
        save_json(vocab_path, itos)
        print(f"vocab: {len(itos)} words ({found} with word2vec vectors), {len(chars)} chars "
              f"({time.time() - t0:.0f}s)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
