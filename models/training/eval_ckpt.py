"""Scores a training checkpoint (PyTorch, not the exported model) on full selection sets with the official
scorer; used for the multilingual vs English-only comparison in the model card.

  /usr/bin/python3 eval_ckpt.py --run en-only --ckpt best.pt --sets en-conll-dev,wikineural-en-heldout
"""
import argparse
import json
import os
import pickle
import subprocess
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")
import torch

from common import CASINGS, LABELS, SCORER, WORK, write_conll
from model import Tagger
from train import Encoder, tag_sentences

torch.set_num_threads(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True)
    ap.add_argument("--ckpt", default="best.pt")
    ap.add_argument("--sets", default="en-conll-dev,wikineural-en-heldout")
    args = ap.parse_args()
    enc = Encoder()
    ck = torch.load(os.path.join(WORK, args.run, args.ckpt))
    model = Tagger(len(enc.itos), len(enc.chars), len(CASINGS), len(LABELS),
                   hidden=ck["state"]["args"].get("hidden", 128))
    model.load_state_dict(ck["model"])
    with open(os.path.join(WORK, "data.pkl"), "rb") as fh:
        evals = pickle.load(fh)["eval"]
    out_dir = os.path.join(WORK, args.run, "scores")
    os.makedirs(out_dir, exist_ok=True)
    res = {"run": args.run, "ckpt": args.ckpt, "train_minutes": round(ck["state"]["train_seconds"] / 60, 1)}
    for name in args.sets.split(","):
        sents = evals[name]
        tags = tag_sentences(model, enc, [[t for t, _ in s] for s in sents])
        pred = os.path.join(out_dir, f"{name}.{args.ckpt}.pred.conll")
        write_conll(pred, sents, tags)
        r = json.loads(subprocess.run([sys.executable, SCORER, "ner", os.path.join(WORK, "gold", name + ".conll"),
                                       pred], capture_output=True, text=True, check=True).stdout)
        res[name] = round(r["overall"]["f1"], 4)
    print(json.dumps(res))


if __name__ == "__main__":
    main()
