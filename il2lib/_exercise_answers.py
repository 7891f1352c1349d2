"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1NtuozAQBuB34bpYc7Q9fRuWuAkKDQiTdquq775Od7XF1WqT3HAD82nw/OP3ZhhR237IbTfOh655fG+6U35NS/MI"
    "jsEjYTRiDxhjeGj6Qzevl5efdc1Ds6zTePkU8OPht7Xv5lpBIU+iAQMZmnm6iXmextSfx5S3GDlj78XAiwAG1JuofJ7T"
    "0u2n05DXrcbssCjKHMSErvY1L9Pu3K/DdGp36ZSH9a3qTV0QEYLA3hQU/Nb7qv2PeujGp3YcnlLVpQuGHDQYBwQPep2l"
    "ml3SvKScp2XLYnCC5kGYKZJ587e5S+rTvE5Lbn+MU3+sTkCcUVSKUeVyoFVe/tZ9//8vsN+Rbj0xR1Zi44NCBJGgd4LH"
    "4ZTWoa8jxM7H4DkGZmQlu2pqbVZadEoIwGjBlwT5Oxv8TOalyzrkZSDiBSWEEk+5yVwPJeLzW5t+zsW5zG17kGUHPXvE"
    "WLwYgLfkn8otyBswp7KH6/DyLe3iyiIiqpRn6ZOuiNsW83GobghUp+rJAIKoMrHcgb2mYX+othpLroXKaD1xYDC9RVvS"
    "Pre7KdebBy6gmI8mUEYCoQr0Z82/oVNKu/oOLDeglpuPUCMaqt0ILel5eunGKnElv1CSJizESHxF+vgF2ZnJSQ=="
)
