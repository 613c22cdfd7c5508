"""Rebuild a PyTorch checkpoint from a shipped model folder, so training can continue from it.

The shipped folder holds everything the network needs: model.onnx (weights: the word table as int8 with a
per-row scale), config.json (CRF transitions/start/end with the IOB2 constraints folded in), vocab.json and
chars.json. This writes .work/vocab.json and .work/chars.json (the shipped ones, so ids match) and
.work/<run>/init.pt, usable as `train.py --init`. The rebuilt model is checked on capped selection slices.

  /usr/bin/python3 from_shipped.py --version ner-bilstm-crf-2026.11.1
"""
import argparse
import json
import os
import pickle
import shutil
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np
import onnx
import torch
from onnx import numpy_helper

from common import CASINGS, LABELS, WORK
import prepare
from model import Tagger, allowed_transitions
from train import Encoder, evaluate

torch.set_num_threads(1)
REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def onnx_lstm_to_torch(w, r, b):
    """ONNX LSTM weights (gates i, o, f, c; bias = Wb ++ Rb) -> PyTorch LSTM (gates i, f, g, o)."""
    def reorder(x):
        i, o, f, c = np.split(x, 4, axis=0)
        return np.concatenate([i, f, c, o], axis=0)
    wb, rb = np.split(b[0], 2)
    return {"weight_ih_l0": reorder(w[0]), "weight_hh_l0": reorder(r[0]),
            "bias_ih_l0": reorder(wb), "bias_hh_l0": reorder(rb)}


def state_dict_from_onnx(model_dir):
    graph = onnx.load(os.path.join(model_dir, "model.onnx")).graph
    init = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    lstm = [n for n in graph.node if n.op_type == "LSTM"]
    assert len(lstm) == 2 and lstm[0].name.startswith("/fwd") and lstm[1].name.startswith("/bwd"), \
        [n.name for n in lstm]
    matmul = [n for n in graph.node if n.op_type == "MatMul" and n.input[1] in init]
    assert len(matmul) == 1
    sd = {
        "wemb.weight": init["q"].astype(np.float32) * init["scale"],
        "cemb.weight": init["m.cemb.weight"],
        "conv.weight": init["m.conv.weight"],
        "conv.bias": init["m.conv.bias"],
        "caseemb.weight": init["m.caseemb.weight"],
        "proj.weight": init[matmul[0].input[1]].T,
        "proj.bias": init["m.proj.bias"],
    }
    for prefix, node in (("fwd", lstm[0]), ("bwd", lstm[1])):
        w, r, b = (init[x] for x in node.input[1:4])
        for k, v in onnx_lstm_to_torch(w, r, b).items():
            sd[f"{prefix}.{k}"] = v
    config = json.load(open(os.path.join(model_dir, "config.json"), encoding="utf-8"))
    c_trans, c_start = allowed_transitions()
    sd["trans"] = np.array(config["transitions"], np.float32) - c_trans.numpy()
    sd["start"] = np.array(config["start"], np.float32) - c_start.numpy()
    sd["end"] = np.array(config["end"], np.float32)
    return {k: torch.from_numpy(np.ascontiguousarray(v, dtype=np.float32)) for k, v in sd.items()}, config


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--version", required=True)
    ap.add_argument("--run", default="shipped")
    ap.add_argument("--eval-cap", type=int, default=500)
    ap.add_argument("--model-dir", default="",
                    help="the model folder (default models/ner/<version>; train.sh restores a retired one from git)")
    args = ap.parse_args()
    model_dir = args.model_dir or os.path.join(REPO, "models", "ner", args.version)
    os.makedirs(os.path.join(WORK, args.run), exist_ok=True)
    for f in ("vocab.json", "chars.json"):
        shutil.copyfile(os.path.join(model_dir, f), os.path.join(WORK, f))
    prepare.main()  # splits and gold slices; the vocabulary is the shipped one, so no word2vec
    sd, config = state_dict_from_onnx(model_dir)
    enc = Encoder()
    model = Tagger(len(enc.itos), len(enc.chars), len(CASINGS), len(LABELS), hidden=config["hidden"])
    missing = set(model.state_dict()) - set(sd) - {"c_trans", "c_start"}
    assert not missing, missing
    model.load_state_dict(sd, strict=False)
    with open(os.path.join(WORK, "data.pkl"), "rb") as fh:
        evals = pickle.load(fh)["eval"]
    res = evaluate(model, enc, evals, args.eval_cap, [])
    print(" ".join(f"{k}:{v:.4f}" for k, v in res.items()), f"mean {sum(res.values()) / len(res):.4f}")
    torch.save({"model": model.state_dict(), "from": config["version"]}, os.path.join(WORK, args.run, "init.pt"))


if __name__ == "__main__":
    sys.exit(main())
