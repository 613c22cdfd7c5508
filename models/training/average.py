"""Average the weights of several checkpoints (e.g. the starting model and the run's snapshots) into one
checkpoint that export.py takes. The training state (args, steps) is the last input's.

  /usr/bin/python3 average.py .work/newsv/avg.pt .work/extended/init.pt .work/newsv/eval-30.pt .work/newsv/eval-40.pt
"""
import os
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")
import torch


def main():
    out, srcs = sys.argv[1], sys.argv[2:]
    cks = [torch.load(p) for p in srcs]
    avg = {k: sum(ck["model"][k] for ck in cks) / len(cks) for k in cks[-1]["model"]}
    state = dict(next((ck["state"] for ck in reversed(cks) if "state" in ck), {}))
    state["averaged"] = [os.path.relpath(p) for p in srcs]
    torch.save({"model": avg, "state": state}, out)
    print(f"{out}: mean of {len(srcs)} checkpoints")


if __name__ == "__main__":
    sys.exit(main())
