"""BiLSTM-CRF tagger: lower-cased word embeddings + casing embedding + char-CNN -> BiLSTM -> emissions.

The backward LSTM reads each sentence reversed *within its own length* (gather with an index built from
`lengths`), so right padding never reaches a real token in either direction: a padded batch gives the same
emissions as one sentence at a time, in training and in the exported ONNX graph (no packed sequences).
The CRF (transitions, Viterbi, marginals) lives outside the graph: TypeScript reads it from config.json.
"""
import torch
import torch.nn as nn

from common import LABELS

NEG = -1e4


def allowed_transitions():
    """IOB2 hard constraints: I-X only after B-X or I-X; never start with I-X."""
    K = len(LABELS)
    trans = torch.zeros(K, K)
    start = torch.zeros(K)
    for j, lj in enumerate(LABELS):
        if lj.startswith("I-"):
            start[j] = NEG
            for i, li in enumerate(LABELS):
                if li[2:] != lj[2:] or li == "O":
                    trans[i, j] = NEG
    return trans, start


class LinearChainCrf:
    """The taggers' CRF: transitions, start and end scores over LABELS plus the IOB2 constraints, read by
    crf_loss and viterbi below through `crf_params`. With `heads` > 1 there is one CRF per head (a leading
    head dimension on every parameter) and `crf_params(head)` gives each sentence its head's CRF."""

    def add_crf(self, n_labels, heads=1):
        lead = (heads,) if heads > 1 else ()
        self.trans = nn.Parameter(torch.zeros(*lead, n_labels, n_labels))
        self.start = nn.Parameter(torch.zeros(*lead, n_labels))
        self.end = nn.Parameter(torch.zeros(*lead, n_labels))
        c_trans, c_start = allowed_transitions()
        self.register_buffer("c_trans", c_trans)
        self.register_buffer("c_start", c_start)

    def crf_params(self, head=None):
        """(trans, start, end); `head` (LongTensor [B], multi-head models) picks each sentence's CRF."""
        trans, start, end = self.trans, self.start, self.end
        if head is not None:
            trans, start, end = trans[head], start[head], end[head]
        return trans + self.c_trans, start + self.c_start, end


class Tagger(LinearChainCrf, nn.Module):
    def __init__(self, n_words, n_chars, n_case, n_labels, wdim=100, cdim=25, cfilters=64, casedim=8,
                 hidden=128, dropout=0.5, ngram_buckets=0, ngram_dim=64, heads=1):
        super().__init__()
        self.heads = heads  # > 1: one emission layer and CRF per annotation convention over the shared encoder
        self.wemb = nn.Embedding(n_words, wdim, padding_idx=0, sparse=True)
        self.cemb = nn.Embedding(n_chars, cdim, padding_idx=0)
        self.conv = nn.Conv1d(cdim, cfilters, 3, padding=1)
        self.caseemb = nn.Embedding(n_case, casedim)
        d_in = wdim + cfilters + casedim
        # optional character n-gram vectors (subwords.py): their mean is appended to each token's input
        self.ngemb = nn.Embedding(ngram_buckets + 1, ngram_dim, padding_idx=0, sparse=True) if ngram_buckets else None
        d_in += ngram_dim if ngram_buckets else 0
        self.fwd = nn.LSTM(d_in, hidden, batch_first=True)
        self.bwd = nn.LSTM(d_in, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.drop_out = nn.Dropout(0.3)
        self.proj = nn.Linear(2 * hidden, n_labels * heads)  # heads' rows one after another
        self.add_crf(n_labels, heads)  # exported to config.json

    def emissions(self, words, cases, chars, lengths, ngrams=None, word_emb=None, head=None):
        """[B, T, labels]; a multi-head model gives [B, T, heads, labels], or with `head` (LongTensor [B])
        each sentence's head's emissions [B, T, labels]."""
        return self.emit(self.encode(words, cases, chars, lengths, ngrams, word_emb), head)

    def encode(self, words, cases, chars, lengths, ngrams=None, word_emb=None):
        """The encoder: the BiLSTM's outputs [B, T, 2 * hidden] (the input of every head)."""
        B, T = words.shape
        W = chars.shape[2]
        flat = chars.reshape(B * T, W)
        ce = self.cemb(flat).transpose(1, 2)
        co = self.conv(ce)
        cmask = (flat > 0).unsqueeze(1)
        co = co.masked_fill(~cmask, NEG).max(dim=2).values
        co = co * cmask.any(dim=2).to(co.dtype)
        co = co.reshape(B, T, -1)
        we = self.wemb(words) if word_emb is None else word_emb
        parts = [we, co, self.caseemb(cases)]
        if self.ngemb is not None:
            count = (ngrams > 0).sum(dim=2, keepdim=True).clamp(min=1).to(we.dtype)
            parts.append(self.ngemb(ngrams).sum(dim=2) / count)
        x = torch.cat(parts, dim=2)
        x = self.drop(x)
        t = torch.arange(T, device=words.device).unsqueeze(0)
        L = lengths.unsqueeze(1)
        rev = torch.where(t < L, L - 1 - t, t)  # per-sentence reversal, pads stay at the end
        hf, _ = self.fwd(x)
        xr = torch.gather(x, 1, rev.unsqueeze(2).expand(B, T, x.shape[2]))
        hbr, _ = self.bwd(xr)
        hb = torch.gather(hbr, 1, rev.unsqueeze(2).expand(B, T, hbr.shape[2]))
        return torch.cat([hf, hb], dim=2)

    def emit(self, h, head=None):
        """Encoder outputs [B, T, 2 * hidden] -> emissions, as `emissions` gives them."""
        B, T = h.shape[:2]
        em = self.proj(self.drop_out(h))
        if self.heads == 1:
            return em
        em = em.reshape(B, T, self.heads, -1)
        return em if head is None else em[torch.arange(B), :, head]


def single_to_heads(state, heads):
    """A one-head state dict as a `heads`-head one: every head starts as a copy of the single head."""
    out = dict(state)
    out["proj.weight"] = state["proj.weight"].repeat(heads, 1)
    out["proj.bias"] = state["proj.bias"].repeat(heads)
    for k in ("trans", "start", "end"):
        out[k] = state[k].unsqueeze(0).repeat(heads, *([1] * state[k].dim()))
    return out


def per_sentence(trans, start, end):
    """CRF parameters with a leading sentence dimension (one shared CRF broadcasts)."""
    if trans.dim() == 2:
        return trans.unsqueeze(0), start.unsqueeze(0), end.unsqueeze(0)
    return trans, start, end


def log_partition(em, lengths, trans, start, end):
    B, T, K = em.shape
    trans, start, end = per_sentence(trans, start, end)
    alpha = start + em[:, 0]
    for t in range(1, T):
        nxt = torch.logsumexp(alpha.unsqueeze(2) + trans, dim=1) + em[:, t]
        alpha = torch.where((t < lengths).unsqueeze(1), nxt, alpha)
    return torch.logsumexp(alpha + end, dim=1)


def crf_loss(model, em, lengths, allowed, head=None):
    """Negative log-likelihood of the allowed tag sets (one-hot for fully labelled data; O may also be
    B-/I-MISC for WikiANN, which never labels MISC): logZ(all) - logZ(allowed). `head`: as crf_params."""
    trans, start, end = model.crf_params(head)
    z_all = log_partition(em, lengths, trans, start, end)
    z_ok = log_partition(em + (~allowed).to(em.dtype) * NEG, lengths, trans, start, end)
    return (z_all - z_ok).sum()


@torch.no_grad()
def viterbi(model, em, lengths, head=None):
    trans, start, end = per_sentence(*model.crf_params(head))
    B, T, K = em.shape
    score = start + em[:, 0]
    back = []
    for t in range(1, T):
        s = score.unsqueeze(2) + trans
        best, idx = s.max(dim=1)
        nxt = best + em[:, t]
        m = (t < lengths).unsqueeze(1)
        score = torch.where(m, nxt, score)
        back.append(torch.where(m, idx, torch.arange(K).unsqueeze(0).expand(B, K)))
    score = score + end
    last = score.argmax(dim=1)
    path = [last]
    for idx in reversed(back):
        last = idx.gather(1, last.unsqueeze(1)).squeeze(1)
        path.append(last)
    path.reverse()
    paths = torch.stack(path, dim=1)
    return [paths[b, : int(lengths[b])].tolist() for b in range(B)]
