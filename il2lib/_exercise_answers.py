"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV09tu2zAMBuB38XUsiAeJYt/Gs9XEqGsbkrNhKPruVVJgtYZhca8tfqDJn2/NOIFr+zG33bReuubprenm/Cum5ska"
    "sh4QgiJ5CyHIqekv3brdPt7rmlOTtmW6PbXwfvq0zt1aK8DokZ2AoIKqx0PM6zLF/jrFvMfQKHnPaj2zBQF3iMrXNabu"
    "vMxj3vYakYGiOCJhZXzY15qW4dpv4zK3Q5zzuP2uenNGmBmtkFdnnfV776v2P+qlm57baXyOVZdGFEicKAlYb91jFms2"
    "xTXFnJe0Z0EMg3rLRBhQvfpjbop9XLcl5fbHtPQv1QTYKAaHITi+DbTKy5+6v///C+wHdHuP1aCW2HhxNlhmcd8EX8Y5"
    "bmNfR4iMD+IpCBGQQ31outqstGAcgrUEKr4kyH+zwXsyb13WIS8LYc/AIiWefMjcUjzndlhynR1rBFh9ULYFtVKt5F7z"
    "b2iOcaivuNywK7eL4AIoOD0Ipfi6/OymamZlA7bMiomRAOmB9P4BnMpneQ=="
)
