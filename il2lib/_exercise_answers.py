"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqV0U1uwyAQBeC7sLYR88MAuQ2lKLFCbct21EWUu9dOpcosqjhrmE9P791VV8C2qZvbWMZLVKe7iv38nSd1MpqMAIIP"
    "SGLAe9eodInjsj0+71SjpmUo21cDj+bXOsexVoBRkK0DhwFCEDzEfA0lp1vJ8x5DHUiEgxFmAw7sIWq+jXmK56Hv5mWv"
    "EWlYFUvkODC+zDXllMdlmOb2owzpWgVjHdBb9N7yZlVV/d39D6ZPtHuPg8awNibOGm+YnX0TvHZ9XrpUt0davBPyjgjI"
    "Ynhp2tqsNK8tgjEEwclanrwZ8DnKlrLeFz2yMLBz6zJ8wHz8AOxp0+U="
)
