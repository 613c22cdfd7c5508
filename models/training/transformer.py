"""Architecture comparison: a small BERT-type encoder pretrained here, against the shipped BiLSTM-CRF.

Same data, same sampling, same CRF and same scoring as train.py, so the two differ only in the encoder:
1. a sentencepiece unigram vocabulary (--vocab pieces) on prepare.unlabeled_corpus() (the word2vec text);
2. masked-LM pretraining on that text (15 % of pieces: 80 % [MASK], 10 % random, 10 % kept), for
   --pretrain-minutes of one CPU thread;
3. fine-tuning as a tagger: each word's emission is read off its first piece, trained with model.py's
   CRF loss on train.epoch_batches (the shipped run's schedule, WikiANN with its partial labels), for
   --finetune-minutes; every --eval-every minutes it scores the capped selection slices (train.evaluate's
   sets and cap) and keeps the best mean as .work/tfm/finetune-best.pt.

Each step is resumable (checkpoints every 3 minutes; the time budget counts across resumes) and skipped
once done. Nothing here is shipped: it measures whether this architecture would beat the shipped one.

  OMP_NUM_THREADS=1 nice /usr/bin/python3 transformer.py --pretrain-minutes 35 --finetune-minutes 35
"""
import argparse
import os
import pickle
import random
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
import sentencepiece as spm
import torch
import torch.nn as nn
import torch.nn.functional as F

from common import LABELS, WORK
import prepare
from model import LinearChainCrf, crf_loss
from train import allowed_mask, epoch_batches, evaluate

torch.set_num_threads(1)
DIR = os.path.join(WORK, "tfm")
MAX_PIECES = 160
SPECIALS = {"pad": 0, "unk": 1, "bos": 2, "eos": 3}  # sentencepiece ids; [MASK] is appended after the vocabulary


class Pieces:
    """Words -> sentencepiece ids, each word encoded on its own (so word boundaries are exact)."""

    def __init__(self, model_file):
        self.sp = spm.SentencePieceProcessor(model_file=model_file)
        self.size = self.sp.get_piece_size()
        self.mask = self.size
        self.cache = {}

    def word(self, tok):
        ids = self.cache.get(tok)
        if ids is None:
            ids = self.sp.encode(tok)[:8] or [SPECIALS["unk"]]
            self.cache[tok] = ids
        return ids

    def sentence(self, toks):
        """(piece ids, index of each word's first piece), cut at MAX_PIECES."""
        ids, first = [], []
        for t in toks:
            w = self.word(t)
            if len(ids) + len(w) > MAX_PIECES:
                w = w[: max(1, MAX_PIECES - len(ids))]
            first.append(min(len(ids), MAX_PIECES - 1))
            ids.extend(w)
        return ids[:MAX_PIECES], first

    def batch(self, sents):
        """Padded (piece ids, first piece of each word), as TransformerTagger.emissions takes them."""
        enc = [self.sentence(s) for s in sents]
        return pad([e[0] for e in enc]), pad([e[1] for e in enc])


class Encoder(nn.Module):
    def __init__(self, n_pieces, d=256, layers=4, heads=4, ffn=1024, dropout=0.1):
        super().__init__()
        self.emb = nn.Embedding(n_pieces + 1, d, padding_idx=0)  # + [MASK]
        self.pos = nn.Embedding(MAX_PIECES, d)
        self.norm = nn.LayerNorm(d)
        self.drop = nn.Dropout(dropout)
        layer = nn.TransformerEncoderLayer(d, heads, ffn, dropout, batch_first=True, norm_first=True)
        self.layers = nn.TransformerEncoder(layer, layers)
        self.out_norm = nn.LayerNorm(d)
        for e in (self.emb, self.pos):  # BERT's scale: tied output logits start near uniform
            nn.init.normal_(e.weight, std=0.02)

    def forward(self, ids):
        T = ids.shape[1]
        x = self.drop(self.norm(self.emb(ids) + self.pos(torch.arange(T).unsqueeze(0))))
        return self.out_norm(self.layers(x, src_key_padding_mask=ids == 0))

    def mlm_logits(self, h):
        return h @ self.emb.weight.t()


class TransformerTagger(LinearChainCrf, nn.Module):
    """Encoder -> emissions per word (its first piece) -> the CRF of model.py."""

    def __init__(self, encoder, d=256):
        super().__init__()
        self.encoder = encoder
        self.drop = nn.Dropout(0.2)
        self.proj = nn.Linear(d, len(LABELS))
        self.add_crf(len(LABELS))

    def emissions(self, ids, first):
        h = self.encoder(ids)
        words = torch.gather(h, 1, first.unsqueeze(2).expand(-1, -1, h.shape[2]))
        return self.proj(self.drop(words))


def pad(rows):
    T = max(len(r) for r in rows)
    return torch.tensor([r + [0] * (T - len(r)) for r in rows], dtype=torch.int64)


class Budget:
    """A time budget that survives restarts: state saved with the checkpoint."""

    def __init__(self, path, minutes, objs):
        self.path, self.seconds = path, minutes * 60
        self.last_save = time.time()
        self.objs = objs
        self.state = {"seconds": 0.0, "steps": 0, "epoch": 0, "pos": 0, "best": -1.0, "next_eval": 0.0}
        if os.path.exists(path):
            ck = torch.load(path)
            for k, o in self.objs.items():
                o.load_state_dict(ck[k])
            self.state = ck["state"]
            print(f"resumed {os.path.basename(path)} at {self.state['seconds'] / 60:.1f} min", flush=True)

    def left(self):
        return self.state["seconds"] < self.seconds

    def run(self, epoch_batches, step, after):
        """`step(batch)` for every batch left in the budget, epoch after epoch (`epoch_batches(epoch)`),
        resuming mid-epoch. A step returns its loss once it has updated the model, or None to skip the batch
        (not counted). Steps count against the budget; `after(loss, n_batches)` runs off the clock after each."""
        while self.left():
            batches = epoch_batches(self.state["epoch"])
            while self.state["pos"] < len(batches) and self.left():
                t0 = time.time()
                self.state["pos"] += 1
                loss = step(batches[self.state["pos"] - 1])
                if loss is None:
                    continue
                self.state["steps"] += 1
                self.state["seconds"] += time.time() - t0
                after(loss, len(batches))
                self.save()
            if self.state["pos"] >= len(batches):
                self.state["epoch"] += 1
                self.state["pos"] = 0

    def update(self, opt, loss, clip):
        """One optimiser step at the scheduled rate: each group's `base`, warmed up over the first 5 % of the
        budget, then decaying linearly."""
        for g in opt.param_groups:
            g["lr"] = lr_at(g["base"], self.state["seconds"] / self.seconds, 0.05)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_([p for g in opt.param_groups for p in g["params"]], clip)
        opt.step()

    def save(self, path=None, every=180):
        if path is None and time.time() - self.last_save < every:
            return
        target = path or self.path
        torch.save({**{k: o.state_dict() for k, o in self.objs.items()}, "state": self.state}, target + ".tmp")
        os.replace(target + ".tmp", target)
        if path is None:
            self.last_save = time.time()


def lr_at(base, frac, warmup):
    return base * min(1.0, frac / warmup) * max(0.05, 1 - frac) if frac < 1 else base * 0.05


def build_vocab(vocab_size):
    model_file = os.path.join(DIR, "spm.model")
    if os.path.exists(model_file):
        return model_file
    corpus = prepare.unlabeled_corpus()
    text = os.path.join(DIR, "corpus.txt")
    with open(text, "w", encoding="utf-8") as fh:
        for s in corpus:
            fh.write(" ".join(s) + "\n")
    spm.SentencePieceTrainer.train(input=text, model_prefix=os.path.join(DIR, "spm"), vocab_size=vocab_size,
                                   model_type="unigram", character_coverage=0.9995, input_sentence_size=2_000_000,
                                   shuffle_input_sentence=True, pad_id=0, unk_id=1, bos_id=2, eos_id=3,
                                   num_threads=1, minloglevel=2)
    return model_file


def pretrain(pieces, minutes, batch, lr):
    done = os.path.join(DIR, "pretrain-done.pt")
    if os.path.exists(done):
        return done
    with open(os.path.join(DIR, "corpus.txt"), encoding="utf-8") as fh:
        lines = [l.split() for l in fh if l.strip()]
    enc = Encoder(pieces.size)
    opt = torch.optim.AdamW([{"params": list(enc.parameters()), "base": lr}], weight_decay=0.01)
    b = Budget(os.path.join(DIR, "pretrain-last.pt"), minutes, {"model": enc, "opt": opt})
    print(f"pretraining: {len(lines)} sequences, {sum(p.numel() for p in enc.parameters())} parameters", flush=True)
    enc.train()
    report = {"since": time.time(), "pieces": 0}

    def epoch(e):
        order = list(range(len(lines)))
        random.Random(f"pretrain:{e}").shuffle(order)
        return [order[i:i + batch] for i in range(0, len(order), batch)]

    def step(rows):
        ids = pad([pieces.sentence(lines[i])[0] for i in rows])
        real = ids > 0
        pick = (torch.rand(ids.shape) < 0.15) & real
        if not pick.any():
            return None
        inp = ids.clone()
        r = torch.rand(ids.shape)
        inp[pick & (r < 0.8)] = pieces.mask
        rand_ids = torch.randint(4, pieces.size, ids.shape)
        swap = pick & (r >= 0.8) & (r < 0.9)
        inp[swap] = rand_ids[swap]
        loss = F.cross_entropy(enc.mlm_logits(enc(inp)[pick]), ids[pick])
        b.update(opt, loss, 1.0)
        report["pieces"] += int(real.sum())
        return loss

    def after(loss, _):
        if b.state["steps"] % 100 == 0:
            print(f"{time.strftime('%H:%M:%S')} pretrain step {b.state['steps']} loss {loss.item():.3f} "
                  f"{report['pieces'] / (time.time() - report['since']):.0f} pieces/s, {b.state['seconds'] / 60:.1f} min",
                  flush=True)
            report.update(since=time.time(), pieces=0)

    b.run(epoch, step, after)
    b.save(done)
    return done


def finetune(pieces, pretrained, minutes, batch, lr, eval_every, cap):
    with open(os.path.join(WORK, "data.pkl"), "rb") as fh:
        data = pickle.load(fh)
    train = {n: [[(t, g) for t, g in s] for s in sents] for n, sents in data["train"].items()}
    enc = Encoder(pieces.size)
    model = TransformerTagger(enc)
    head = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    opt = torch.optim.AdamW([{"params": list(enc.parameters()), "base": lr},
                             {"params": head, "base": lr * 10}], weight_decay=0.01)
    b = Budget(os.path.join(DIR, "finetune-last.pt"), minutes, {"model": model, "opt": opt})
    if b.state["steps"] == 0:
        enc.load_state_dict(torch.load(pretrained)["model"])
        b.state["next_eval"] = eval_every
    model.train()

    def step(items):
        sents = [[t for t, _ in s] for s, _ in items]
        ids, first = pieces.batch(sents)
        allowed = allowed_mask([[g for _, g in s] for s, _ in items], [p for _, p in items], first.shape[1])
        lengths = torch.tensor([len(s) for s in sents])
        loss = crf_loss(model, model.emissions(ids, first), lengths, allowed) / len(items)
        b.update(opt, loss, 5.0)
        return loss

    def after(loss, n_batches):
        if b.state["steps"] % 200 == 0:
            print(f"{time.strftime('%H:%M:%S')} finetune ep {b.state['epoch']} {b.state['pos']}/{n_batches} "
                  f"loss {loss.item():.3f}, {b.state['seconds'] / 60:.1f} min", flush=True)
        if b.state["seconds"] / 60 >= b.state["next_eval"] or not b.left():
            b.state["next_eval"] += eval_every
            res = evaluate(model, pieces, data["eval"], cap, [])
            mean = sum(res.values()) / len(res)
            print(f"{time.strftime('%H:%M:%S')} eval at {b.state['seconds'] / 60:.1f} min: "
                  + " ".join(f"{k}:{v:.4f}" for k, v in res.items()) + f" mean {mean:.4f}", flush=True)
            if mean > b.state["best"]:
                b.state["best"] = mean
                b.save(os.path.join(DIR, "finetune-best.pt"))

    b.run(lambda e: epoch_batches(train, e, 1, batch), step, after)
    b.save(b.path)
    print(f"best capped selection mean: {b.state['best']:.4f} (.work/tfm/finetune-best.pt)", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vocab", type=int, default=16000)
    ap.add_argument("--pretrain-minutes", type=float, default=35)
    ap.add_argument("--finetune-minutes", type=float, default=35)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--pretrain-lr", type=float, default=1e-3)
    ap.add_argument("--lr", type=float, default=2e-4)
    ap.add_argument("--eval-every", type=float, default=10)
    ap.add_argument("--eval-cap", type=int, default=500)
    args = ap.parse_args()
    os.makedirs(DIR, exist_ok=True)
    torch.manual_seed(1)
    pieces = Pieces(build_vocab(args.vocab))
    pretrained = pretrain(pieces, args.pretrain_minutes, args.batch, args.pretrain_lr)
    finetune(pieces, pretrained, args.finetune_minutes, args.batch, args.lr, args.eval_every, args.eval_cap)


if __name__ == "__main__":
    main()
