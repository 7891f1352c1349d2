"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV1NtuozAQBuB34TpYnpPH7tuwxE1QKCBM2q2qvvua7GqLq9WG3HAD82nw/OOPqutB6rZLddNP56Z6+qiaIb3FuXqy"
    "hqwDBB+QnAXv9VC152Za1pe3uupQzcvYr59a+Dz8tk7NVCrA6JBFQTFACA53MS9jH9trH9MWQxPIOQ7WMVtQkF1Uuk5x"
    "bk7j0KVlqxEZyIoQKQfGu31N83i8tks3DvUxDqlb3ovexCgzo1VyQaxYt/W+av+jnpv+ue6751h0aTQAqWggBeus3Gex"
    "ZOc4zTGlcd6yoIYhOMtE6DG44Pa5c2zjtIxzqn/0Y3spToBNQC/ovfB6oEVe/tZ9//8vsD2ibD0OBkOOjVOx3jKrPAhe"
    "uiEuXVtGiIzz6sgrEZBguGtKaRaaN4JgLUFQlxPkHmzwlsy1yzLkeSDsGFg1x5N3mcs5R3x6r+PPKTvr3LYHaVYrz9oh"
    "kqUyQn8qtyBtwBTzHi7d67e0s8mLCCCcn9nGO+K2xXTpihsCxIg4DNYqixASP4C9xe50LrYacq4Z82gdkpINskeb4ynV"
    "xzGVmwcmK/nnlAKqel+M91bzb2iI8VjegfkGlHzzIYiHABJ2QnN8GV+bvkicGsrL4J1Avmb4nvT5C90zyXM="
)
