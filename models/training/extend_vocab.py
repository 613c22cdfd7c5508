"""Extend a rebuilt checkpoint's word vocabulary with the news words it lacks (an experiment after 2026.12.1
shipped, run `newsv`; not shipped: it did not beat 2026.12.1 on balance, model card).

The 2026.11.1 vocabulary (kept by 2026.12.1) predates the news sets of issue 19: 19-43 % of the entity tokens of
the Spanish, Dutch, German and Russian news selection slices are `<unk>` to it. This appends, after the existing
ids (so every old word keeps its id and vector):
  - every word of the training parts of the labelled news sets (CoNLL, GermEval, factRuEval), even seen once,
  - every word seen at least twice in the training parts of all sets,
  - every word seen at least 3 times in the unlabelled news (`news/bench.jsonl.gz`),
and initialises each new row from word2vec vectors (skip-gram, 100-d, one thread, on the training parts plus the
news text) mapped into the model's embedding space by least squares over the words both share, or with
`--init unk` from the model's `<unk>` row (so the model starts out computing exactly what it did).
Selection slices are never read for the vocabulary.

Reads .work/vocab.json and .work/<src>/init.pt (from_shipped.py); writes .work/vocab.json (extended; the old one
is kept as .work/vocab.base.json), .work/<run>/new_words.json and .work/<run>/init.pt. When .work/<run>/init.pt
exists it only rewrites .work/vocab.json from those two lists.

  /usr/bin/python3 extend_vocab.py --src shipped --run extended
"""
import argparse
import collections
import gzip
import json
import os
import pickle
import shutil
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np
import torch

from common import DATA, WORK, save_json, tokenize, word_key

NEWS_SETS = ("en-conll", "de-conll03", "de-germeval", "es-conll02", "nl-conll02", "ru-factru")
MIN_TRAIN = 2
MIN_NEWS = 3


def news_text():
    out = []
    with gzip.open(os.path.join(DATA, "news", "bench.jsonl.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            for para in (obj.get("title", ""), obj.get("text", "")):
                toks = [word_key(t) for t in tokenize(para)]
                out.extend(toks[i:i + 60] for i in range(0, len(toks), 60))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default="shipped")
    ap.add_argument("--run", default="extended")
    ap.add_argument("--init", choices=["w2v", "unk"], default="w2v")
    ap.add_argument("--w2v-epochs", type=int, default=3)
    args = ap.parse_args()
    out_path = os.path.join(WORK, args.run, "init.pt")
    words_path = os.path.join(WORK, args.run, "new_words.json")
    base_path = os.path.join(WORK, "vocab.base.json")
    if os.path.exists(out_path):  # done; make sure .work/vocab.json is the extended one (from_shipped resets it)
        itos = json.load(open(base_path, encoding="utf-8")) + json.load(open(words_path, encoding="utf-8"))
        save_json(os.path.join(WORK, "vocab.json"), itos)
        print(f"{out_path} exists; vocabulary {len(itos)}")
        return
    t0 = time.time()
    if not os.path.exists(base_path):
        shutil.copyfile(os.path.join(WORK, "vocab.json"), base_path)
    itos = json.load(open(base_path, encoding="utf-8"))
    known = set(itos)
    with open(os.path.join(WORK, "data.pkl"), "rb") as fh:
        train = pickle.load(fh)["train"]
    labelled = [[word_key(t) for t, _ in s] for sents in train.values() for s in sents]
    counts = collections.Counter(w for s in labelled for w in s)
    news_sets = collections.Counter(word_key(t) for name, sents in train.items() if name.startswith(NEWS_SETS)
                                    for s in sents for t, _ in s)
    news = news_text()
    news_counts = collections.Counter(w for s in news for w in s)
    new = []
    for w, _ in (news_sets + counts + news_counts).most_common():
        if w in known:
            continue
        if news_sets[w] or counts[w] >= MIN_TRAIN or news_counts[w] >= MIN_NEWS:
            new.append(w)
            known.add(w)
    print(f"{len(new)} new words ({time.time() - t0:.0f}s)", flush=True)

    ck = torch.load(os.path.join(WORK, args.src, "init.pt"))
    old = ck["model"]["wemb.weight"].numpy()
    rows = np.repeat(old[1:2], len(new), axis=0)  # <unk>
    if args.init == "w2v":
        from gensim.models import Word2Vec
        t1 = time.time()
        w2v = Word2Vec(sentences=labelled + news, vector_size=old.shape[1], window=5, min_count=1, sg=1,
                       negative=5, workers=1, epochs=args.w2v_epochs, seed=1)
        print(f"word2vec: {len(w2v.wv)} words in {time.time() - t1:.0f}s", flush=True)
        anchors = [i for i, w in enumerate(itos[2:], 2) if w in w2v.wv and w2v.wv.get_vecattr(w, "count") >= 5]
        X = np.stack([w2v.wv[itos[i]] for i in anchors])
        Y = old[anchors]
        Xb = np.hstack([X, np.ones((len(X), 1), np.float32)])
        M, *_ = np.linalg.lstsq(Xb, Y, rcond=None)
        fit = 1 - ((Xb @ M - Y) ** 2).sum() / ((Y - Y.mean(0)) ** 2).sum()
        print(f"least-squares map on {len(anchors)} shared words: R^2 {fit:.3f}", flush=True)
        for j, w in enumerate(new):
            if w in w2v.wv:
                rows[j] = np.append(w2v.wv[w], 1.0) @ M
    ck["model"]["wemb.weight"] = torch.from_numpy(np.vstack([old, rows]).astype(np.float32))
    os.makedirs(os.path.join(WORK, args.run), exist_ok=True)
    save_json(words_path, new)
    torch.save({"model": ck["model"], "from": ck.get("from"), "extended": len(new)}, out_path)
    save_json(os.path.join(WORK, "vocab.json"), itos + new)
    print(f"vocabulary {len(itos)} -> {len(itos) + len(new)}; {out_path} ({time.time() - t0:.0f}s)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
