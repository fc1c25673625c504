#!/usr/bin/python3
"""Regenerates resources/clusters/word-clusters.tsv: word classes from a large English language model.

Why: the tagger learns from about 300,000 annotated words; it has never seen most names it meets.
Words used in the same contexts ("paris", "tokyo", "cincinnati") get the same class, so what the
tagger learnt for one carries over to the others (Brown-cluster features, as in Ratinov & Roth 2009).

Source: the US English trigram model of CMU Sphinx (Debian package pocketsphinx-en-us,
/usr/share/pocketsphinx/model/en-us/en-us.lm.bin; 72,547 words, 2,051,547 bigrams; BSD-2-clause,
Copyright 1995-2014 Carnegie Mellon University, 2014-2015 Alpha Cephei Inc.). Only its bigrams are read.

Method:
  1. Read the sphinxbase "Trie Language Model" binary (layout below) for log P(w | u) of every
     stored bigram u w, and log P(w) of every word.
  2. Pointwise mutual information PMI(u, w) = log P(w | u) - log P(w); each word is described by
     its positive PMI with the 10,000 most frequent words on its left and on its right.
  3. A 100-dimensional truncated SVD of that matrix; rows normalised to unit length.
  4. Spherical k-means at 64, 256 and 1024 classes (fixed seeds: the same machine gives the
     same file).
Output: "word<TAB>class64<TAB>class256<TAB>class1024", most frequent words first; lower case,
as in the language model. Read by `crossread-cli train --clusters` (core/ner/wordclusters.h).

Needs: apt-get install python3-numpy python3-scipy pocketsphinx-en-us   (about 5 minutes)
Usage: build_word_clusters.py [OUTPUT]   (default: word-clusters.tsv beside this script)
"""
import os, struct, sys

import numpy as np
import scipy.sparse as sparse
import scipy.sparse.linalg as sparse_linalg

HERE = os.path.dirname(os.path.abspath(__file__))
LM = "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin"
CONTEXT_WORDS = 10000
DIMENSIONS = 100
CLASS_COUNTS = (64, 256, 1024)
LOG_BASE = np.log(1.0001)  # sphinxbase stores log probabilities in base 1.0001


def read_bigrams(path):
    """Returns (words, log P(word), first word, second word, log P(second | first)).

    Layout (sphinxbase lm_trie, order 3): "Trie Language Model", order (1 byte), counts (3 x u32);
    a u32, then the quantisation tables (order-2 x (65536 probability + 65536 backoff floats),
    then 65536 trigram probability floats); unigrams (count+1 x {f32 prob, f32 backoff, u32 next});
    the bigram level, bit-packed, little-endian: per entry the first word's id, 16 bits backoff
    code, 16 bits probability code, and the pointer to the trigram level; the trigram level; then
    a u32 byte count and the NUL-separated words. The trie is reversed: unigram w's range of
    bigram entries lists the words u that precede it.
    """
    data = open(path, "rb").read()
    magic = b"Trie Language Model"
    if not data.startswith(magic) or data[len(magic)] != 3:
        sys.exit(f"{path}: not a sphinxbase trigram trie")
    pos = len(magic) + 1
    counts = struct.unpack_from("<3I", data, pos)
    pos += 12 + 4
    tables = np.frombuffer(data, dtype="<f4", count=3 * 65536, offset=pos)
    bigram_probs = tables[:65536]
    pos += 3 * 65536 * 4
    vocabulary, bigram_count, trigram_count = counts
    unigrams = np.frombuffer(data, dtype=np.dtype([("prob", "<f4"), ("bo", "<f4"), ("next", "<u4")]),
                             count=vocabulary + 1, offset=pos)
    pos += (vocabulary + 1) * 12
    word_bits = vocabulary.bit_length()
    entry_bits = word_bits + 32 + trigram_count.bit_length()
    bigram_bytes = ((1 + bigram_count) * entry_bits + 7) // 8 + 8
    trigram_bytes = ((1 + trigram_count) * (word_bits + 16) + 7) // 8 + 8
    packed = np.frombuffer(data, dtype=np.uint8, count=bigram_bytes, offset=pos)
    pos += bigram_bytes + trigram_bytes
    (words_bytes,) = struct.unpack_from("<I", data, pos)
    words = [w.decode("utf-8", "replace") for w in data[pos + 4:pos + 4 + words_bytes].split(b"\0")[:vocabulary]]

    def read_bits(bit_offsets, width):
        byte, shift = bit_offsets >> 3, (bit_offsets & 7).astype(np.uint64)
        value = np.zeros(len(bit_offsets), dtype=np.uint64)
        for k in range(8):
            value |= packed[byte + k].astype(np.uint64) << np.uint64(8 * k)
        return (value >> shift) & np.uint64((1 << width) - 1)

    offsets = np.arange(bigram_count, dtype=np.int64) * entry_bits
    first = read_bits(offsets, word_bits).astype(np.int64)
    probability_code = (read_bits(offsets + word_bits, 32) >> np.uint64(16)).astype(np.int64)
    starts = unigrams["next"].astype(np.int64).copy()
    starts[vocabulary] = bigram_count  # the file leaves the end sentinel stale
    second = np.repeat(np.arange(vocabulary), np.diff(starts))
    log_unigram = unigrams["prob"][:vocabulary].astype(np.float64) * LOG_BASE
    log_conditional = bigram_probs[probability_code].astype(np.float64) * LOG_BASE
    return words, log_unigram, first, second, log_conditional


def embed(words, log_unigram, first, second, log_conditional):
    vocabulary = len(words)
    markers = np.array([w in ("<s>", "</s>") for w in words])
    ppmi = np.maximum(log_conditional - log_unigram[second], 0.0)
    column = -np.ones(vocabulary, dtype=np.int64)
    column[np.argsort(-log_unigram)[:CONTEXT_WORDS]] = np.arange(CONTEXT_WORDS)
    left = (ppmi > 0) & (column[first] >= 0) & ~markers[second]  # second word, described by its left
    right = (ppmi > 0) & (column[second] >= 0) & ~markers[first]  # first word, described by its right
    matrix = sparse.csr_matrix(
        (np.concatenate([ppmi[left], ppmi[right]]),
         (np.concatenate([second[left], first[right]]),
          np.concatenate([column[first[left]], CONTEXT_WORDS + column[second[right]]]))),
        shape=(vocabulary, 2 * CONTEXT_WORDS))
    start = np.random.default_rng(1).standard_normal(min(matrix.shape))
    u, s, _ = sparse_linalg.svds(matrix, k=DIMENSIONS, v0=start)
    vectors = u * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1), 1e-9)[:, None]
    return vectors.astype(np.float32)


def spherical_kmeans(vectors, classes, seed, iterations=20):
    rng = np.random.default_rng(seed)
    centres = vectors[rng.choice(len(vectors), classes, replace=False)].copy()
    labels = np.empty(len(vectors), dtype=np.int64)
    for _ in range(iterations):
        for s in range(0, len(vectors), 8192):
            labels[s:s + 8192] = np.argmax(vectors[s:s + 8192] @ centres.T, axis=1)
        membership = sparse.csr_matrix((np.ones(len(vectors), dtype=np.float32), (labels, np.arange(len(vectors)))),
                                       shape=(classes, len(vectors)))
        centres = np.asarray(membership @ vectors)
        norms = np.linalg.norm(centres, axis=1)
        empty = norms == 0
        centres[~empty] /= norms[~empty, None]
        centres[empty] = vectors[rng.choice(len(vectors), int(empty.sum()), replace=False)]
    return labels


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "word-clusters.tsv")
    words, log_unigram, first, second, log_conditional = read_bigrams(LM)
    vectors = embed(words, log_unigram, first, second, log_conditional)
    labels = [spherical_kmeans(vectors, k, seed=k) for k in CLASS_COUNTS]
    with open(output, "w", encoding="utf-8") as out:
        out.write("# word classes from CMU Sphinx's en-us language model (BSD-2-clause); see build_word_clusters.py\n")
        for i in np.argsort(-log_unigram, kind="stable"):
            if words[i] in ("<s>", "</s>") or "\t" in words[i]:
                continue
            out.write(words[i] + "".join(f"\t{l[i]}" for l in labels) + "\n")
    print(f"{output}: {len(words)} words, classes {CLASS_COUNTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
