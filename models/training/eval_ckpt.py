"""Scores a training checkpoint (PyTorch, not the exported model) on full selection sets with the official
scorer; used for the multilingual vs English-only comparison in the model card.

  /usr/bin/python3 eval_ckpt.py --run en-only --ckpt best.pt --sets en-conll-dev,wikineural-en-heldout

A multi-head checkpoint (train.py --per-convention) tags each set through its language's head
(`--language-heads de=germeval,ru=factru`, as export.py takes it; other languages: the first head).
`--halves` asks whether such a choice carries over to unseen sentences: each language's head is chosen on the first
half of every set (train.language_heads' rule, on whole-set halves: documents stay together) and scored on the
second half, and the other way round, against `base` (the starting model's head, train.py --base-head).
"""
import argparse
import json
import os
import pickle
import subprocess
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")
import torch

from common import CASINGS, LABELS, SCORER, WORK, head_names, no_misc, set_lang, write_conll
from model import Tagger
from train import Encoder, f1, tag_sentences

torch.set_num_threads(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True)
    ap.add_argument("--ckpt", default="best.pt")
    ap.add_argument("--sets", default="en-conll-dev,wikineural-en-heldout", help="comma list, or `all`")
    ap.add_argument("--language-heads", default="", help="multi-head checkpoints: e.g. de=germeval,ru=factru")
    ap.add_argument("--halves", action="store_true", help="multi-head checkpoints with `base`: choose heads on one "
                    "half of each set, score them on the other (printed as a second JSON line)")
    args = ap.parse_args()
    enc = Encoder()
    ck = torch.load(os.path.join(WORK, args.run, args.ckpt))
    args_run = ck.get("state", {}).get("args", {})
    names = head_names(args_run)
    heads = len(names)
    model = Tagger(len(enc.itos), len(enc.chars), len(CASINGS), len(LABELS), hidden=args_run.get("hidden", 128),
                   heads=heads)
    head_of = {lang: names.index(h) for lang, h in
               (kv.split("=") for kv in args.language_heads.split(",") if kv)}
    model.load_state_dict(ck["model"])
    with open(os.path.join(WORK, "data.pkl"), "rb") as fh:
        evals = pickle.load(fh)["eval"]
    out_dir = os.path.join(WORK, args.run, "scores")
    os.makedirs(out_dir, exist_ok=True)
    res = {"run": args.run, "ckpt": args.ckpt,
           "train_minutes": round(ck["state"]["train_seconds"] / 60, 1) if "state" in ck else 0}
    halves = {}
    for name in (list(evals) if args.sets == "all" else args.sets.split(",")):
        sents = evals[name]
        tags = tag_sentences(model, enc, [[t for t, _ in s] for s in sents])
        if heads > 1:  # every head's F1 (train.f1, the same span rules), then the language's head's
            res[f"{name} by head"] = {h: round(f1(sents, t, no_misc(name)), 4) for h, t in zip(names, tags)}
            half = len(sents) // 2
            halves[name] = [[f1(sents[:half], t[:half], no_misc(name)), f1(sents[half:], t[half:], no_misc(name))]
                            for t in tags]
            tags = tags[head_of.get(set_lang(name), 0)]
        pred = os.path.join(out_dir, f"{name}.{args.ckpt}.pred.conll")
        write_conll(pred, sents, tags)
        r = json.loads(subprocess.run([sys.executable, SCORER, "ner", os.path.join(WORK, "gold", name + ".conll"),
                                       pred], capture_output=True, text=True, check=True).stdout)
        res[name] = round(r["overall_without_misc" if no_misc(name) else "overall"]["f1"], 4)
    print(json.dumps(res))
    if args.halves:
        print(json.dumps(cross_halves(halves, names)))


def cross_halves(halves, names):
    """{set: [[F1 first half, F1 second half] per head]} -> per direction (choose on one half, score on the other):
    the heads chosen and each set's gain over `base` on the choosing half and on the other half."""
    base = names.index("base")
    out = {}
    for pick, score in ((0, 1), (1, 0)):
        by_lang = {}
        for name, rows in halves.items():
            by_lang.setdefault(set_lang(name), []).append([r[pick] for r in rows])
        choice = {lang: max(range(len(names)), key=lambda h: sum(r[h] for r in rows)) for lang, rows in by_lang.items()}
        gain = {name: [round(rows[choice[set_lang(name)]][half] - rows[base][half], 4) for half in (pick, score)]
                for name, rows in halves.items()}
        wiki = [n for n in gain if n.startswith("wikineural")]
        out[f"choose on half {pick + 1}"] = {
            "heads": {lang: names[h] for lang, h in choice.items()}, "gain (choosing half, other half)": gain,
            "mean gain": [round(sum(g[i] for g in gain.values()) / len(gain), 4) for i in (0, 1)],
            "WikiNEuRal gain": [round(sum(gain[n][i] for n in wiki) / len(wiki), 4) for i in (0, 1)]}
    return out


if __name__ == "__main__":
    main()
