"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV0k1uwjAQBeC7ZE0sz5/t4TZpsCAiJFEc2gXi7nWoVGGpFWFtz6fRe3Oruh6kbrtUN/10aqr9rWqG9BXnam8NWQcI"
    "QZGchRD8rmpPzbSsj4+5alfNy9ivXy3cdz/WsZlKBRgdsnjwqKDqcBNzGfvYXvuYnjE0Ss6xWsdswYNsotJ1inNzHIcu"
    "Lc8akYGsCJFnZXy51xzbOC3jnOqPfmzPxWJsFINgCMKrVUT1O/c/2B5Qnj1Wg5oTc15ssMxe3gTP3RCXri3TI+OCdxQ8"
    "EZCgvjSlNAstGEGwlkC9y+G5Nxd8lLJuWfaLAdkxsPe5Gd5kLnM8pvowpoIiazywuqBsM2p9Uclj5m9oiPFQHnA+X8ln"
    "iyABFEQ3QnO8jJ9NX2SWG7A5KyZGAqQX0v0bHeQVJA=="
)
