"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV0UtuwyAQgOG7sHYQzIOB3CZ1UY1s2ZZNm0ZR7l4iVSqs3GzYjObTr+GuttjHNS/bfnqbln5U57u6zPs1buoMpAN4"
    "Bu+ZKBBIp/rhsubn7G9PdWrLy6TORhv76CqwfweuPQoaglhxwsYbIuEXwTHNMad+byJROy8OvSBaZAiHJrdmo3nNYI1B"
    "G8QRgHsxcP9c4/asbAo1eCBHlkSMFfqXmYe4XdbbKX6vxUnL3BxSW3LorPXF82KwJn83axArcI9T7HP6SvnWkugKyFTe"
    "0gkHYp24j2mtKcua2UEwRogZAekF7BrTx5AbTpfLQflaByhoAh9qjx+/MuC3"
)
