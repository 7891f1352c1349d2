"""Expected answers of the book's checked exercises, encoded (see il2lib.exercises).

Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.
"""

ENCODED = (
    "eNqVzkEOgyAQheG7zNoSGGYY8DaWktRo1IBNF8a7N64qq9b1y/vyb5BTTMs653K7j3McoN2gm8o7ZWiRVEDP6D0TBUJp"
    "ID67ZT227w8ayOs8QquVNntzAuMD+exRUBjEiBPWXhMJXwSHfkprH0sVaZXz4qwXa41lDD9Nrs1K84rRaG1NEEeI7mJg"
    "eS0pH5VVoUKP5MiQiDZCf5j7B3tZfuc="
)
