"""Scores a training checkpoint (PyTorch, not the exported model) on full selection sets with the official
scorer; used for the multilingual vs English-only comparison in the model card.

  /usr/bin/python3 eval_ckpt.py --run en-only --ckpt best.pt --sets en-conll-dev,wikineural-en-heldout

A multi-head checkpoint (train.py --per-convention) tags each set through its language's head
(`--language-heads de=germeval,ru=factru`, as export.py takes it; other languages: the first head).
"""
import argparse
import json
import os
import pickle
import subprocess
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")
import torch

from common import CASINGS, CONVENTIONS, LABELS, SCORER, WORK, no_misc, set_lang, write_conll
from model import Tagger
from train import Encoder, f1, tag_sentences

torch.set_num_threads(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True)
    ap.add_argument("--ckpt", default="best.pt")
    ap.add_argument("--sets", default="en-conll-dev,wikineural-en-heldout", help="comma list, or `all`")
    ap.add_argument("--language-heads", default="", help="multi-head checkpoints: e.g. de=germeval,ru=factru")
    args = ap.parse_args()
    enc = Encoder()
    ck = torch.load(os.path.join(WORK, args.run, args.ckpt))
    args_run = ck.get("state", {}).get("args", {})
    heads = len(CONVENTIONS) if args_run.get("per_convention") else 1
    model = Tagger(len(enc.itos), len(enc.chars), len(CASINGS), len(LABELS), hidden=args_run.get("hidden", 128),
                   heads=heads)
    head_of = {lang: list(CONVENTIONS).index(h) for lang, h in
               (kv.split("=") for kv in args.language_heads.split(",") if kv)}
    model.load_state_dict(ck["model"])
    with open(os.path.join(WORK, "data.pkl"), "rb") as fh:
        evals = pickle.load(fh)["eval"]
    out_dir = os.path.join(WORK, args.run, "scores")
    os.makedirs(out_dir, exist_ok=True)
    res = {"run": args.run, "ckpt": args.ckpt,
           "train_minutes": round(ck["state"]["train_seconds"] / 60, 1) if "state" in ck else 0}
    for name in (list(evals) if args.sets == "all" else args.sets.split(",")):
        sents = evals[name]
        tags = tag_sentences(model, enc, [[t for t, _ in s] for s in sents])
        if heads > 1:  # every head's F1 (train.f1, the same span rules), then the language's head's
            res[f"{name} by head"] = {h: round(f1(sents, t, no_misc(name)), 4) for h, t in zip(CONVENTIONS, tags)}
            tags = tags[head_of.get(set_lang(name), 0)]
        pred = os.path.join(out_dir, f"{name}.{args.ckpt}.pred.conll")
        write_conll(pred, sents, tags)
        r = json.loads(subprocess.run([sys.executable, SCORER, "ner", os.path.join(WORK, "gold", name + ".conll"),
                                       pred], capture_output=True, text=True, check=True).stdout)
        res[name] = round(r["overall_without_misc" if no_misc(name) else "overall"]["f1"], 4)
    print(json.dumps(res))


if __name__ == "__main__":
    main()
