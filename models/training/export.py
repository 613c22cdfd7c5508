"""Step 3: export a checkpoint to models/ner/<version>/ (ONNX emissions graph + JSON side files).

The word-embedding table (the bulk of the parameters) is stored int8 with one fp32 scale per row and
dequantised inside the graph (Gather int8 -> Cast -> Mul); everything else stays fp32. Before writing, the
int8 table is checked against fp32 on capped selection slices (F1 printed; the drop must stay small).

  /usr/bin/python3 export.py --run multi --ckpt best.pt --version ner-bilstm-crf-2026.11.1
"""
import argparse
import json
import os
import pickle
import shutil
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np
import torch
import torch.nn as nn

from common import CASINGS, LABELS, MAX_WORD_CHARS, WORK, save_json
from model import Tagger
from train import Encoder, evaluate

torch.set_num_threads(1)
REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


class Exportable(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.m = model
        w = model.wemb.weight.data
        scale = w.abs().max(dim=1).values.clamp(min=1e-8) / 127.0
        self.register_buffer("q", torch.round(w / scale.unsqueeze(1)).clamp(-127, 127).to(torch.int8))
        self.register_buffer("scale", scale.unsqueeze(1).contiguous())

    def dequant_table(self):
        return self.q.float() * self.scale

    def forward(self, words, cases, chars, lengths):
        words = words.long()
        we = self.q[words].float() * self.scale[words].squeeze(-1).unsqueeze(-1)
        return self.m.emissions(words, cases.long(), chars.long(), lengths.long(), word_emb=we)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="multi")
    ap.add_argument("--ckpt", default="best.pt")
    ap.add_argument("--version", required=True)
    ap.add_argument("--eval-cap", type=int, default=300)
    ap.add_argument("--no-check", action="store_true")
    args = ap.parse_args()
    enc = Encoder()
    ck = torch.load(os.path.join(WORK, args.run, args.ckpt))
    if ck["state"]["args"].get("subwords"):
        sys.exit("export.py: --subwords checkpoints are an experiment (model card); the product runner takes no n-grams")
    hidden = ck["state"]["args"].get("hidden", 128)
    model = Tagger(len(enc.itos), len(enc.chars), len(CASINGS), len(LABELS), hidden=hidden)
    model.load_state_dict(ck["model"])
    model.eval()
    ex = Exportable(model).eval()
    langs = [l for l in ck["state"]["args"].get("langs", "").split(",") if l]
    if not args.no_check:
        with open(os.path.join(WORK, "data.pkl"), "rb") as fh:
            evals = pickle.load(fh)["eval"]
        fp32 = evaluate(model, enc, evals, args.eval_cap, langs)
        orig = model.wemb.weight.data.clone()
        model.wemb.weight.data.copy_(ex.dequant_table())
        int8 = evaluate(model, enc, evals, args.eval_cap, langs)
        model.wemb.weight.data.copy_(orig)
        for k in fp32:
            print(f"{k:28s} fp32 {fp32[k]:.4f}  int8-emb {int8[k]:.4f}")
        model.eval()

    out = os.path.join(REPO, "models", "ner", args.version)
    os.makedirs(out, exist_ok=True)
    B, T, W = 2, 7, 9
    dummy = (torch.randint(2, 100, (B, T), dtype=torch.int32), torch.randint(1, 8, (B, T), dtype=torch.int32),
             torch.randint(2, 50, (B, T, W), dtype=torch.int32), torch.tensor([7, 5], dtype=torch.int32))
    tmp = os.path.join(WORK, "model.onnx")
    torch.onnx.export(ex, dummy, tmp, input_names=["words", "cases", "chars", "lengths"],
                      output_names=["emissions"], opset_version=13,
                      dynamic_axes={"words": {0: "batch", 1: "time"}, "cases": {0: "batch", 1: "time"},
                                    "chars": {0: "batch", 1: "time", 2: "wchars"}, "lengths": {0: "batch"},
                                    "emissions": {0: "batch", 1: "time"}})
    shutil.copyfile(tmp, os.path.join(out, "model.onnx"))
    # reference emissions for a parity check in Node (kept out of the repo)
    with torch.no_grad():
        ref = ex(*dummy)
    save_json(os.path.join(WORK, "parity.json"), {
        "inputs": {k: v.flatten().tolist() for k, v in zip(["words", "cases", "chars", "lengths"], dummy)},
        "dims": [B, T, W], "emissions": ref.flatten().tolist()})
    trans, start, end = model.crf_params()
    st = ck["state"]
    config = {
        "id": "newsflow/" + args.version,
        "version": args.version,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "labels": LABELS,
        "transitions": trans.detach().tolist(),  # [from][to], IOB2 constraints folded in (-1e4)
        "start": start.detach().tolist(),
        "end": end.detach().tolist(),
        "casing": {"ids": CASINGS, "scheme": "see models/training/common.py casing_id"},
        "word_key": "NFC, toLowerCase, every \\p{Nd} -> '0'; unknown -> 1",
        "chars": {"max_word_chars": MAX_WORD_CHARS, "long_words": "first 10 + last 10 code points",
                  "normalisation": "NFC", "unknown": 1, "pad": 0},
        "inputs": {"words": "int32 [B,T]", "cases": "int32 [B,T]", "chars": "int32 [B,T,W]",
                   "lengths": "int32 [B]"},
        "output": "emissions float32 [B,T,labels]",
        "window": {"max_tokens": 100, "overlap": 20},
        "hidden": hidden,
        "training": {"run": args.run, "checkpoint": args.ckpt, "epoch": st["epoch"], "steps": st["steps"],
                     "train_minutes": round(st["train_seconds"] / 60, 1), "selection_mean_f1": st["best"],
                     **{k: st["args"][k] for k in ("init", "lr", "weights", "minutes") if st["args"].get(k)}},
    }
    save_json(os.path.join(out, "config.json"), config)
    save_json(os.path.join(out, "vocab.json"), enc.itos)
    save_json(os.path.join(out, "chars.json"), enc.chars)
    for f in sorted(os.listdir(out)):
        print(f"{f}: {os.path.getsize(os.path.join(out, f)) / 1e6:.2f} MB")


if __name__ == "__main__":
    sys.exit(main())
