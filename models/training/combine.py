"""Scores two checkpoints combined, on the capped selection slices (as train.py's evaluations):
weight averages (1 - a) * A + a * B for each a in --average, or an ensemble that averages their emissions and
CRF parameters (--ensemble). Used for the model card's continued-training comparison.

  /usr/bin/python3 combine.py .work/shipped/init.pt .work/ft/best.pt --average 0.3,0.5,0.7
  /usr/bin/python3 combine.py .work/shipped/init.pt .work/ft/last.pt --ensemble
"""
import argparse
import os
import pickle

os.environ.setdefault("OMP_NUM_THREADS", "1")
import torch

from common import CASINGS, LABELS, WORK
from model import Tagger
from train import Encoder, evaluate

torch.set_num_threads(1)


class Ensemble(torch.nn.Module):
    """Mean emissions and mean CRF parameters of its members; decodes with train.py's Viterbi."""

    def __init__(self, members):
        super().__init__()
        self.members = torch.nn.ModuleList(members)

    def emissions(self, *inputs, head=None):
        return sum(m.emissions(*inputs, head=head) for m in self.members) / len(self.members)

    def crf_params(self, head=None):
        params = [m.crf_params(head) for m in self.members]
        return tuple(sum(p[i] for p in params) / len(params) for i in range(len(params[0])))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--average", default="", help="comma list of weights for B")
    ap.add_argument("--ensemble", action="store_true")
    args = ap.parse_args()
    enc = Encoder()
    evals = pickle.load(open(os.path.join(WORK, "data.pkl"), "rb"))["eval"]
    states = [torch.load(p)["model"] for p in (args.a, args.b)]

    def tagger(state):
        hidden = state["fwd.weight_hh_l0"].shape[1]  # the LSTM width, read off the weights
        m = Tagger(len(enc.itos), len(enc.chars), len(CASINGS), len(LABELS), hidden=hidden)
        m.load_state_dict(state)
        m.eval()
        return m

    def report(label, model):
        r = evaluate(model, enc, evals, 500, "")
        print(label, round(sum(r.values()) / len(r), 4), " ".join(f"{k}:{v:.3f}" for k, v in r.items()), flush=True)

    for w in [float(x) for x in args.average.split(",") if x]:
        report(f"average {w}", tagger({k: states[0][k] * (1 - w) + states[1][k] * w for k in states[0]}))
    if args.ensemble:
        report("ensemble", Ensemble([tagger(s) for s in states]))


if __name__ == "__main__":
    main()
