"""Character n-gram vectors, fastText-style, for words the vocabulary lacks (inflected Russian and German names).

gensim FastText (skip-gram) on the word2vec text (prepare.unlabeled_corpus(), lower-cased word keys) learns one
vector per hashed n-gram bucket. A token's subword input is the mean of the vectors of its n-grams: those of
"<" + word_key + ">" of 3 to 5 code points, in fastText's order, at most MAX_NGRAMS. Bucket ids use fastText's
hash (FNV-1a over the UTF-8 bytes, each byte sign-extended, as gensim does), so `ngram_ids` here and in
pipeline/entities/ner-model.ts give gensim's buckets; id 0 is padding, bucket b is id b + 1.

Outputs (.work/): ngrams.npy (BUCKETS + 1 rows, scaled to std 0.1) and ngrams.json (the scheme).

  OMP_NUM_THREADS=1 /usr/bin/python3 subwords.py
"""
import os
import sys
import time

import numpy as np

from common import WORK, save_json, word_key
import prepare

BUCKETS = 100_000
DIM = 64
MIN_N, MAX_N = 3, 5
MAX_NGRAMS = 48
SCHEME = {"buckets": BUCKETS, "dim": DIM, "min_n": MIN_N, "max_n": MAX_N, "max_ngrams": MAX_NGRAMS,
          "hash": "fnv1a32-signed-bytes"}


def ft_hash(data):
    h = 2166136261
    for b in data:
        h = ((h ^ ((b - 256) & 0xFFFFFFFF if b > 127 else b)) * 16777619) & 0xFFFFFFFF
    return h


def ngram_ids(tok):
    cps = list("<" + word_key(tok) + ">")
    out = []
    for i in range(len(cps)):
        for n in range(MIN_N, MAX_N + 1):
            if i + n > len(cps) or len(out) >= MAX_NGRAMS:
                break
            out.append(ft_hash("".join(cps[i:i + n]).encode("utf-8")) % BUCKETS + 1)
    return out


def main():
    path = os.path.join(WORK, "ngrams.npy")
    if os.path.exists(path):
        return 0
    from gensim.models import FastText
    keyed = [[word_key(t) for t in s] for s in prepare.unlabeled_corpus()]
    t0 = time.time()
    ft = FastText(sentences=keyed, vector_size=DIM, window=5, min_count=2, sg=1, negative=5, epochs=3, seed=1,
                  min_n=MIN_N, max_n=MAX_N, bucket=BUCKETS, workers=int(os.environ.get("FT_WORKERS", "1")))
    print(f"fasttext: {len(ft.wv)} words, {BUCKETS} n-gram buckets in {time.time() - t0:.0f}s", flush=True)
    table = np.zeros((BUCKETS + 1, DIM), dtype=np.float32)
    table[1:] = ft.wv.vectors_ngrams
    table[1:] /= (np.std(table[1:]) + 1e-6) * 10  # std 0.1, as the word table
    np.save(path + ".tmp.npy", table)
    os.replace(path + ".tmp.npy", path)
    save_json(os.path.join(WORK, "ngrams.json"), SCHEME)


if __name__ == "__main__":
    sys.exit(main())
