"""Step 2: train the BiLSTM-CRF on one CPU thread, resumable.

Re-running resumes from .work/<run>/last.pt (model, optimisers, position in the epoch, training time so far).
Stops when the training-time budget (--minutes, counted across resumes) is spent. Evaluates on capped
slices of the selection sets every --eval-every minutes and keeps the best mean F1 as best.pt.

  nice -n 10 /usr/bin/python3 train.py --run multi --minutes 95
  nice -n 10 /usr/bin/python3 train.py --run en-only --langs en --sets en-conll-train --minutes 15
"""
import argparse
import json
import os
import pickle
import random
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np
import torch

from common import (CASINGS, EVAL_SETS, L2I, LABELS, SCORER, WORK, casing_id, convention, head_names, no_misc,
                    read_conll, set_head, set_lang, word_chars, word_key)
from model import Tagger, crf_loss, single_to_heads, viterbi
from subwords import BUCKETS, DIM as NGRAM_DIM, MAX_NGRAMS, ngram_ids

sys.path.insert(0, os.path.dirname(os.path.abspath(SCORER)))
from score import conll_chunks  # noqa: E402  (the official scorer's span rules)

torch.set_num_threads(1)

# per-epoch sampling: each set's weight (copies per epoch) or a per-epoch sentence cap
WEIGHTS = {"en-conll-train": 2, "de-conll03-testa": 2, "de-conll03-testb": 2, "de-germeval-dev": 6}
# The shipped run was adjusted while it ran; the schedule below replays it exactly:
# epochs 0-1: GermEval x3, German CoNLL labels as distributed; from epoch 2 (after the 20-minute evaluation
# showed GermEval stuck at 0.62): GermEval x6 and `harmonise`;
HARMONISE_EPOCH = 2
EARLY_WEIGHTS = {"de-germeval-dev": 3}
# from epoch 4 on (after the 40-minute evaluation showed them lagging): the weakest WikiNEuRal sets twice
LATE_WEIGHTS = {"wikineural-en-dev": 2, "wikineural-ru-dev": 2}
LATE_EPOCH = 4
WIKIANN_PER_EPOCH = 6000
MAX_TRAIN_LEN = 80


def harmonise(name, sent):
    """German CoNLL-2003 tags nationality adjectives ("deutschen", "türkische") as MISC; GermEval (the German
    target) and WikiNEuRal-de leave them O. Follow GermEval: a one-token lower-case MISC in de-conll03 -> O."""
    if not name.startswith("de-conll03"):
        return sent
    out = list(sent)
    for i, (tok, tag) in enumerate(sent):
        nxt = sent[i + 1][1] if i + 1 < len(sent) else "O"
        if tag == "B-MISC" and nxt != "I-MISC" and tok[:1].islower():
            out[i] = (tok, "O")
    return out


class Encoder:
    """Tokens -> model inputs; with `ngrams`, also each token's character n-gram bucket ids (subwords.py)."""

    def __init__(self, ngrams=False):
        self.ngrams = ngrams
        self.itos = json.load(open(os.path.join(WORK, "vocab.json"), encoding="utf-8"))
        self.w2i = {w: i for i, w in enumerate(self.itos)}
        self.chars = json.load(open(os.path.join(WORK, "chars.json"), encoding="utf-8"))
        self.c2i = {c: i for i, c in enumerate(self.chars)}
        self.cache = {}

    def token(self, tok):
        r = self.cache.get(tok)
        if r is None:
            r = (self.w2i.get(word_key(tok), 1), casing_id(tok), [self.c2i.get(c, 1) for c in word_chars(tok)],
                 ngram_ids(tok) if self.ngrams else None)
            self.cache[tok] = r
        return r

    def batch(self, sents):
        """sents: list of token lists -> tensors (words, cases, chars, lengths[, ngrams])."""
        B, T = len(sents), max(len(s) for s in sents)
        enc = [[self.token(t) for t in s] for s in sents]
        W = max(len(e[2]) for s in enc for e in s)
        words = np.zeros((B, T), np.int64)
        cases = np.zeros((B, T), np.int64)
        chars = np.zeros((B, T, W), np.int64)
        ngrams = np.zeros((B, T, MAX_NGRAMS if self.ngrams else 0), np.int64)
        for b, s in enumerate(enc):
            for t, (w, c, cs, ng) in enumerate(s):
                words[b, t] = w
                cases[b, t] = c
                chars[b, t, : len(cs)] = cs
                if ng:
                    ngrams[b, t, : len(ng)] = ng
        out = (torch.from_numpy(words), torch.from_numpy(cases), torch.from_numpy(chars),
               torch.tensor([len(s) for s in sents], dtype=torch.int64))
        return out + (torch.from_numpy(ngrams),) if self.ngrams else out


class FeatureCache:
    """`--freeze-encoder`: the frozen encoder's outputs (`Tagger.encode`, no dropout) per sentence, computed once
    (fp16) and reused, so a training step or an evaluation runs only the heads (`Tagger.emit`)."""

    def __init__(self, model, enc):
        self.model, self.enc, self.store = model, enc, {}

    def batch(self, sents):
        """Token lists -> encoder outputs [B, T, 2 * hidden], zero-padded."""
        keys = [tuple(s) for s in sents]
        missing = sorted({k for k in keys if k not in self.store}, key=len)
        if missing:
            was_training = self.model.training
            self.model.eval()
            with torch.no_grad():
                for i in range(0, len(missing), 64):
                    part = missing[i:i + 64]
                    h = self.model.encode(*self.enc.batch([list(k) for k in part]))
                    for k, x in zip(part, h):
                        self.store[k] = x[: len(k)].half()
            self.model.train(was_training)
        out = torch.zeros(len(keys), max(len(k) for k in keys), self.model.proj.in_features)
        for b, k in enumerate(keys):
            out[b, : len(k)] = self.store[k].float()
        return out


def allowed_mask(tags_list, partial, T):
    K = len(LABELS)
    m = torch.zeros(len(tags_list), T, K, dtype=torch.bool)
    for b, (tags, p) in enumerate(zip(tags_list, partial)):
        for t, tag in enumerate(tags):
            m[b, t, L2I[tag]] = True
            if p and tag == "O":
                m[b, t, L2I["B-MISC"]] = True
                m[b, t, L2I["I-MISC"]] = True
        m[b, len(tags):, :] = True
    return m


def chunks(sent):
    if len(sent) <= MAX_TRAIN_LEN:
        return [sent]
    return [sent[i:i + MAX_TRAIN_LEN] for i in range(0, len(sent), MAX_TRAIN_LEN)]


def epoch_weight(name, epoch, fixed):
    """Copies of a set per epoch: the shipped run's schedule, or (fine-tuning) `fixed` over WEIGHTS."""
    if fixed is not None:
        return fixed.get(name, WEIGHTS.get(name, 1))
    if epoch < HARMONISE_EPOCH:
        return EARLY_WEIGHTS.get(name, WEIGHTS.get(name, 1))
    return LATE_WEIGHTS.get(name, WEIGHTS.get(name, 1)) if epoch >= LATE_EPOCH else WEIGHTS.get(name, 1)


def epoch_batches(train, epoch, seed, batch_size, fixed=None, wikiann_per_epoch=WIKIANN_PER_EPOCH,
                  head_of=None):
    """Batches of (tokens with tags, partial-label?, head index); the head is `head_of(set name)` (multi-head
    runs: common.set_head) or 0."""
    rng = random.Random(f"{seed}:{epoch}")
    items = []
    for name, sents in sorted(train.items()):
        partial = no_misc(name)  # WikiANN, factRuEval: `O` may also be MISC
        head = head_of(name) if head_of else 0
        if name.startswith("wikiann"):
            sents = rng.sample(sents, min(wikiann_per_epoch, len(sents)))
        weight = epoch_weight(name, epoch, fixed)
        if fixed is not None or epoch >= HARMONISE_EPOCH:
            sents = [harmonise(name, s) for s in sents]
        for _ in range(weight):
            for s in sents:
                for c in chunks(s):
                    items.append((c, partial, head))
    rng.shuffle(items)
    batches = []
    pool = 50 * batch_size
    for i in range(0, len(items), pool):
        chunk = sorted(items[i:i + pool], key=lambda x: len(x[0]))
        batches.extend(chunk[j:j + batch_size] for j in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def tag_sentences(model, enc, sents, batch_size=64, features=None):
    """IOB2 tags per sentence; `enc.batch(sentences)` gives `model.emissions`' inputs (Encoder here,
    transformer.Pieces there), or `features` (a FeatureCache) the encoder's outputs. A multi-head model gives a
    list of them, one per head (one encoder pass)."""
    model.eval()
    heads = getattr(model, "heads", 1)
    out = [[None] * len(sents) for _ in range(heads)]
    order = sorted(range(len(sents)), key=lambda i: len(sents[i]))
    with torch.no_grad():
        for i in range(0, len(order), batch_size):
            idx = order[i:i + batch_size]
            batch = [sents[j] for j in idx]
            em = model.emit(features.batch(batch)) if features else model.emissions(*enc.batch(batch))
            lengths = torch.tensor([len(s) for s in batch])
            for h in range(heads):
                head = torch.full((len(batch),), h) if heads > 1 else None
                paths = viterbi(model, em[:, :, h] if heads > 1 else em, lengths, head)
                for j, p in zip(idx, paths):
                    out[h][j] = [LABELS[k] for k in p]
    model.train()
    return out if heads > 1 else out[0]


def f1(gold_sents, pred_tags, drop_misc=False):
    g, p = set(), set()
    for i, (s, pt) in enumerate(zip(gold_sents, pred_tags)):
        g.update((i,) + c for c in conll_chunks([t for _, t in s]) if not (drop_misc and c[2] == "MISC"))
        p.update((i,) + c for c in conll_chunks(pt) if not (drop_misc and c[2] == "MISC"))
    tp = len(g & p)
    return 2 * tp / (len(g) + len(p)) if g or p else 0.0


def evaluate(model, enc, evals, cap, langs, per_head=None, features=None, head_of=convention):
    """F1 per selection set; a multi-head model's set is scored through the head `head_of(set name)` (default:
    its own convention's), and every head's score goes to `per_head` ({set: [F1 per head]}) when given.
    `features`: as tag_sentences."""
    res = {}
    for name, sents in evals.items():
        if langs and set_lang(name) not in langs:
            continue
        sents = sents[:cap]
        tags = tag_sentences(model, enc, [[t for t, _ in s] for s in sents], features=features)
        if getattr(model, "heads", 1) == 1:
            res[name] = f1(sents, tags, no_misc(name))
            continue
        scores = [f1(sents, t, no_misc(name)) for t in tags]
        res[name] = scores[head_of(name)]
        if per_head is not None:
            per_head[name] = scores
    return res


def language_heads(per_head):
    """By measurement: each language's head (the best mean over its sets), and the mean F1 over all sets with
    every set scored through its language's head (what the product, choosing a head per language, gets)."""
    by_lang = {}
    for name, scores in per_head.items():
        by_lang.setdefault(set_lang(name), []).append(scores)
    choice = {lang: max(range(len(rows[0])), key=lambda h: sum(r[h] for r in rows))
              for lang, rows in by_lang.items()}
    mean = sum(scores[choice[set_lang(name)]] for name, scores in per_head.items()) / len(per_head)
    return choice, mean


def extra_files(spec):
    """`--extra`: CoNLL files, or folders whose *.conll.gz files are all taken (sorted)."""
    out = []
    for item in (x for x in spec.split(",") if x):
        if os.path.isdir(item):
            out.extend(sorted(os.path.join(item, f) for f in os.listdir(item) if f.endswith(".conll.gz")))
        else:
            out.append(item)
    return out


def load_widened(model, src):
    """Load a checkpoint's weights into `model`, which may take more input per token (the n-gram vectors,
    appended last): the LSTMs' new input columns start at zero, so the model starts out computing what the
    checkpoint did."""
    own = model.state_dict()
    for k, v in src.items():
        if k.endswith("weight_ih_l0") and own[k].shape[1] > v.shape[1]:
            w = torch.zeros_like(own[k])
            w[:, : v.shape[1]] = v
            src = {**src, k: w}
    missing = model.load_state_dict(src, strict=False).missing_keys
    assert all(k.startswith("ngemb.") for k in missing), missing


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="multi")
    ap.add_argument("--minutes", type=float, default=95)
    ap.add_argument("--langs", default="", help="comma list: train/eval only these languages")
    ap.add_argument("--sets", default="", help="comma list of training sets (default: all)")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--lr-emb", type=float, default=0,
                    help="learning rate of the word table (SparseAdam; default --lr), e.g. higher for new rows")
    ap.add_argument("--eval-every", type=float, default=10)
    ap.add_argument("--eval-cap", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--init", default="", help="start a new run from this checkpoint's weights (fine-tuning)")
    ap.add_argument("--init-embeddings", default="",
                    help="a new run (any --hidden) starting from this checkpoint's word, char and casing layers")
    ap.add_argument("--weights", default="",
                    help="fine-tuning: fixed copies per epoch, e.g. de-germeval-dev=6,wikineural-ru-dev=3 (other sets: "
                         "WEIGHTS), German CoNLL harmonised from the start; default: the shipped run's schedule")
    ap.add_argument("--extra", default="",
                    help="comma list of CoNLL files or folders of *.conll.gz (e.g. .work/pseudo from pseudo_label.ts) "
                         "added as training sets named by file (de-news-pseudo), language from the name, full "
                         "labels; their copies per epoch come from --weights (default 1)")
    ap.add_argument("--wikiann-per-epoch", type=int, default=WIKIANN_PER_EPOCH)
    ap.add_argument("--subwords", action="store_true",
                    help="add character n-gram vectors (subwords.py; .work/ngrams.npy) to each token's input")
    ap.add_argument("--per-convention", action="store_true",
                    help="one emission layer and CRF per annotation convention (common.CONVENTIONS) over the shared "
                         "encoder, each set trained through its convention's head; with --init from a one-head "
                         "checkpoint every head starts as its copy. Selection: every set through its language's "
                         "best head (language_heads); each evaluation's weights are kept as eval-<minutes>.pt")
    ap.add_argument("--per-language", action="store_true",
                    help="as --per-convention, with one head per language of common.HEAD_LANGS (each set trained "
                         "through its language's head)")
    ap.add_argument("--base-head", action="store_true",
                    help="with --per-convention or --per-language: one more head, `base`, a copy of the --init "
                         "checkpoint's head that no set trains, so a language may keep the starting model's reading")
    ap.add_argument("--freeze-encoder", action="store_true",
                    help="train only the heads (output layer and CRF); the encoder's outputs are computed once per "
                         "sentence (FeatureCache)")
    ap.add_argument("--lr-encoder", type=float, default=0,
                    help="learning rate of the encoder's dense layers (default --lr; the heads keep --lr) and, "
                         "without --lr-emb, of the word table")
    ap.add_argument("--probe", type=int, default=0, help="only time N batches")
    args = ap.parse_args()
    run_dir = os.path.join(WORK, args.run)
    os.makedirs(run_dir, exist_ok=True)
    log = open(os.path.join(run_dir, "log.txt"), "a", encoding="utf-8")

    def say(msg):
        line = f"{time.strftime('%H:%M:%S')} {msg}"
        print(line, flush=True)
        log.write(line + "\n")
        log.flush()

    with open(os.path.join(WORK, "data.pkl"), "rb") as fh:
        data = pickle.load(fh)
    langs = [l for l in args.langs.split(",") if l]
    sets = [s for s in args.sets.split(",") if s]
    train = {}
    for name, sents in data["train"].items():
        lang = data["sources"][name][1]
        if (langs and lang not in langs) or (sets and name not in sets):
            continue
        train[name] = [[(t, g) for t, g in s] for s in sents]
    for path in extra_files(args.extra):
        name = os.path.basename(path).split(".conll")[0]
        assert name not in data["train"], f"--extra {path}: {name} is already a training set"
        if (langs and set_lang(name) not in langs) or (sets and name not in sets):
            continue
        train[name] = read_conll(path)
    fixed = None
    if args.weights:
        fixed = {k: int(v) for k, v in (kv.split("=") for kv in args.weights.split(","))}
        unknown = set(fixed) - set(data["train"]) - set(train)
        assert not unknown, f"--weights names unknown sets: {sorted(unknown)}"
    enc = Encoder(ngrams=args.subwords)
    torch.manual_seed(args.seed)
    assert not (args.base_head and not (args.per_convention or args.per_language)), "--base-head needs heads"
    assert not (args.per_convention and args.per_language), "--per-convention or --per-language, not both"
    assert not (args.freeze_encoder and (args.subwords or args.lr_encoder)), "--freeze-encoder trains no encoder"
    heads = len(head_names(vars(args)))
    head_of_set = (lambda name: set_head(vars(args), name)) if heads > 1 else None
    model = Tagger(len(enc.itos), len(enc.chars), len(CASINGS), len(LABELS), hidden=args.hidden,
                   ngram_buckets=BUCKETS if args.subwords else 0, ngram_dim=NGRAM_DIM, heads=heads)
    if not (args.init or args.init_embeddings):
        model.wemb.weight.data.copy_(torch.from_numpy(np.load(os.path.join(WORK, "w2v.npy"))))
    if args.subwords:
        model.ngemb.weight.data.copy_(torch.from_numpy(np.load(os.path.join(WORK, "ngrams.npy"))))
    sparse = ("wemb.", "ngemb.")
    head_params = ("proj.", "trans", "start", "end")  # the heads: output layer and CRF
    if args.freeze_encoder:
        for n, p in model.named_parameters():
            p.requires_grad_(n.startswith(head_params))
    dense = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith(sparse)]
    lr_encoder = args.lr_encoder or args.lr
    groups = [{"params": [p for n, p in model.named_parameters() if p.requires_grad and n.startswith(head_params)],
               "base_lr": args.lr},
              {"params": [p for n, p in model.named_parameters()
                          if p.requires_grad and not n.startswith(head_params + sparse)], "base_lr": lr_encoder}]
    opt_d = torch.optim.Adam([g for g in groups if g["params"]], lr=args.lr)
    lr_emb = args.lr_emb or lr_encoder
    sparse_params = [p for n, p in model.named_parameters() if p.requires_grad and n.startswith(sparse)]
    opt_s = torch.optim.SparseAdam(sparse_params, lr=lr_emb) if sparse_params else None
    optimisers = [(opt_d, None), (opt_s, lr_emb)] if opt_s else [(opt_d, None)]
    features = FeatureCache(model, enc) if args.freeze_encoder else None
    state = {"epoch": 0, "pos": 0, "train_seconds": 0.0, "steps": 0, "best": -1.0, "next_eval": args.eval_every,
             "history": [], "args": vars(args)}
    last = os.path.join(run_dir, "last.pt")
    if os.path.exists(last):
        ck = torch.load(last)
        model.load_state_dict(ck["model"])
        opt_d.load_state_dict(ck["opt_d"])
        if opt_s:
            opt_s.load_state_dict(ck["opt_s"])
        state = ck["state"]
        say(f"resumed at epoch {state['epoch']} batch {state['pos']}, {state['train_seconds'] / 60:.1f} min trained")
    else:
        if args.init:
            src = torch.load(args.init)["model"]
            if heads > 1 and src["trans"].dim() == 2:
                src = single_to_heads(src, heads)
            load_widened(model, src)
            say(f"initialised from {args.init}")
        elif args.init_embeddings:
            src = torch.load(args.init_embeddings)["model"]
            layers = {k: v for k, v in src.items() if k.split(".")[0] in ("wemb", "cemb", "conv", "caseemb")}
            model.load_state_dict(layers, strict=False)
            say(f"word, char and casing layers from {args.init_embeddings}")
        say(f"new run {args.run}: {sum(len(v) for v in train.values())} sentences in {sorted(train)}; "
            f"{sum(p.numel() for p in model.parameters())} parameters")

    def save(path):
        tmp = path + ".tmp"
        torch.save({"model": model.state_dict(), "opt_d": opt_d.state_dict(),
                    "opt_s": opt_s.state_dict() if opt_s else None, "state": state}, tmp)
        os.replace(tmp, path)

    def checkpoint_eval():
        """Scores the capped selection sets, logs them and keeps the best mean as best.pt (multi-head: the
        mean with every set through its language's best head; every evaluation also kept as eval-<min>.pt)."""
        minutes = round(state["train_seconds"] / 60, 1)
        per_head = {}
        res = evaluate(model, enc, data["eval"], args.eval_cap, langs, per_head, features, head_of_set or convention)
        mean = sum(res.values()) / len(res)
        entry = {"min": minutes, "mean": mean, **res}
        say(f"eval @ {minutes} min: mean {mean:.4f} " +
            " ".join(f"{k.split('-')[0][:4]}-{k.split('-')[1]}:{v:.3f}" for k, v in res.items()))
        if per_head:
            choice, mean = language_heads(per_head)
            names = head_names(vars(args))
            entry.update(per_head=per_head, language_heads={l: names[h] for l, h in choice.items()},
                         language_mean=mean)
            for name, scores in per_head.items():
                say(f"  {name:24s} " + " ".join(f"{n}:{v:.3f}" for n, v in zip(names, scores)))
            say(f"  by language {entry['language_heads']}: mean {mean:.4f}")
            torch.save({"model": model.state_dict(), "state": {**state, "args": vars(args)}},
                       os.path.join(run_dir, f"eval-{minutes:g}.pt"))
        state["history"].append(entry)
        if mean > state["best"]:
            state["best"] = mean
            save(os.path.join(run_dir, "best.pt"))
            say("new best")

    budget = args.minutes * 60
    last_save = time.time()
    model.train()
    tok_count, t_report = 0, time.time()
    while state["train_seconds"] < budget:
        batches = epoch_batches(train, state["epoch"], args.seed, args.batch, fixed, args.wikiann_per_epoch,
                                head_of_set)
        while state["pos"] < len(batches) and state["train_seconds"] < budget:
            t0 = time.time()
            frac = state["train_seconds"] / budget
            lr = args.lr * max(0.1, 1 - frac) if frac > 0.3 else args.lr
            for o, base in optimisers:
                for g in o.param_groups:
                    g["lr"] = lr * (base or g["base_lr"]) / args.lr
            batch = batches[state["pos"]]
            sents = [[t for t, _ in s] for s, _, _ in batch]
            head = torch.tensor([h for _, _, h in batch]) if heads > 1 else None
            lengths = torch.tensor([len(s) for s in sents])
            if features:
                em = model.emit(features.batch(sents), head)
            else:
                words, cases, chars, lengths, *ngrams = enc.batch(sents)
                # word dropout -> <unk>, so the char-CNN learns unknown words
                words = words.masked_fill((torch.rand(words.shape) < 0.05) & (words > 0), 1)
                em = model.emissions(words, cases, chars, lengths, *ngrams, head=head)
            allowed = allowed_mask([[g for _, g in s] for s, _, _ in batch], [p for _, p, _ in batch], em.shape[1])
            loss = crf_loss(model, em, lengths, allowed, head) / len(batch)
            for o, _ in optimisers:
                o.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(dense, 5.0)
            for o, _ in optimisers:
                o.step()
            state["pos"] += 1
            state["steps"] += 1
            state["train_seconds"] += time.time() - t0
            tok_count += int(lengths.sum())
            if args.probe and state["steps"] >= args.probe:
                say(f"probe: {tok_count / (time.time() - t_report):.0f} tokens/s, loss {loss.item():.3f}")
                return
            if state["steps"] % 200 == 0:
                say(f"ep {state['epoch']} {state['pos']}/{len(batches)} loss {loss.item():.3f} lr {lr:.5f} "
                    f"{tok_count / (time.time() - t_report):.0f} tok/s, {state['train_seconds'] / 60:.1f} min")
                tok_count, t_report = 0, time.time()
            if state["train_seconds"] / 60 >= state["next_eval"]:
                state["next_eval"] += args.eval_every
                checkpoint_eval()
                save(last)
                last_save = time.time()
                t_report = time.time()
                tok_count = 0
            if time.time() - last_save > 180:
                save(last)
                last_save = time.time()
        if state["pos"] >= len(batches):
            state["epoch"] += 1
            state["pos"] = 0
            save(last)
            last_save = time.time()
    checkpoint_eval()
    save(last)
    say("done")


if __name__ == "__main__":
    main()
